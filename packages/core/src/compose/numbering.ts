import type { NumberStyle } from '../tree/types';

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** The Vietnamese alphabet order used for a), b), c), d), đ), e) … */
const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const UPPER_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'X', 'Y'];

/** Writes a positive integer in Roman numerals (`4` → `IV`). */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

function letter(list: string[], n: number): string {
  // Past the alphabet: aa, ab … (never happens in real reports, but numbering must not repeat).
  const size = list.length;
  let i = n - 1;
  let out = '';
  do {
    out = list[i % size] + out;
    i = Math.floor(i / size) - 1;
  } while (i >= 0);
  return out;
}

/** Sequential heading numbers from a profile's scheme; deeper counters restart under each new heading. */
/** `style` overrides the scheme's style at that level (a part with its own scheme). */
export type Numbering = { next(level: number, style?: NumberStyle): { number: string; style: NumberStyle } };

/**
 * Creates the numbering of one document.
 *
 * @example
 * const n = createNumbering(['roman', 'arabic', 'decimal', 'alpha']);
 * n.next(1).number // 'I.'
 * n.next(2).number // '1.'
 * n.next(3).number // '1.1.'
 * n.next(4).number // 'a)'
 */
export function createNumbering(scheme: readonly NumberStyle[]): Numbering {
  const counters: number[] = [];
  return {
    next(level, override) {
      const index = level - 1;
      counters[index] = (counters[index] ?? 0) + 1;
      counters.length = level;
      for (let i = 0; i < index; i++) counters[i] ??= 0;
      const style: NumberStyle = override ?? scheme[index] ?? 'none';
      const n = counters[index] ?? 1;
      switch (style) {
        case 'part':
          return { style, number: `Phần ${toRoman(n)}` };
        case 'upper-alpha':
          return { style, number: `${letter(UPPER_LETTERS, n)}.` };
        case 'roman':
          return { style, number: `${toRoman(n)}.` };
        case 'arabic':
          return { style, number: `${n}.` };
        case 'decimal': {
          // Join the counters back to the nearest arabic level: 6.1. , 6.1.2.
          const chain = [n];
          for (let i = index - 1; i >= 0; i--) {
            chain.unshift(counters[i] ?? 0);
            if (scheme[i] !== 'decimal') break;
          }
          return { style, number: `${chain.join('.')}.` };
        }
        case 'alpha':
          return { style, number: `${letter(VI_LETTERS, n)})` };
        case 'none':
          return { style, number: '' };
      }
    },
  };
}
