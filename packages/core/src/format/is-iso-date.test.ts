import { describe, expect, it } from 'vitest';
import { isIsoDate } from './is-iso-date';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2023-02-30', false],
    ['2023-06-31', false],
    ['2023-9-13', false],
    ['13/9/2023', false],
    ['', false],
  ])('isIsoDate(%j) → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});
