/**
 * Internal decimal-string arithmetic used by the number formatters.
 *
 * A finite `number` is turned into the shortest decimal string that
 * round-trips (what `String(x)` gives), and all rounding is done on that
 * string, so `0.1 + 0.2` (0.30000000000000004) rounds like the decimal the
 * user meant and safe integers are never altered.
 *
 * @internal
 */

/** A non-negative decimal magnitude with its sign. */
export interface DecimalParts {
  readonly negative: boolean;
  /** Integer digits without leading zeros (`'0'` for zero). */
  readonly int: string;
  /** Fraction digits without trailing zeros (may be empty). */
  readonly frac: string;
}

/** Splits a finite number into sign, integer digits and fraction digits. */
export function toDecimalParts(value: number): DecimalParts {
  const negative = value < 0;
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (match === null) {
    throw new RangeError(`Giá trị số không hợp lệ: ${String(value)}.`);
  }
  const lead = match[1] ?? '0';
  let digits = lead + (match[2] ?? '');
  let point = lead.length + Number(match[3] ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return normalise(negative, digits.slice(0, point), digits.slice(point));
}

function normalise(negative: boolean, int: string, frac: string): DecimalParts {
  const i = int.replace(/^0+(?=\d)/, '') || '0';
  const f = frac.replace(/0+$/, '');
  const isZero = i === '0' && f === '';
  return { negative: negative && !isZero, int: i, frac: f };
}

/**
 * Rounds to at most `decimals` fraction digits, half away from zero
 * (1,005 → 1,01; -1,005 → -1,01). A result of zero loses its sign.
 */
export function roundDecimal(parts: DecimalParts, decimals: number): DecimalParts {
  if (parts.frac.length <= decimals) return parts;
  const kept = parts.frac.slice(0, decimals);
  const next = parts.frac.charAt(decimals);
  if (next < '5') return normalise(parts.negative, parts.int, kept);
  const bumped = (BigInt(parts.int + kept) + 1n).toString().padStart(decimals + 1, '0');
  const cut = bumped.length - decimals;
  return normalise(parts.negative, bumped.slice(0, cut), bumped.slice(cut));
}

/** Inserts a dot every three digits from the right: `1234567` → `1.234.567`. */
export function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Throws unless `n` is an integer in 0..20 (used for decimals options). */
export function assertDecimals(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 20) {
    throw new RangeError(`Tham số ${name} phải là số nguyên từ 0 đến 20 (nhận được ${String(n)}).`);
  }
}
