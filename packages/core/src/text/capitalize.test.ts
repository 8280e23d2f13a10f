import { describe, expect, it } from 'vitest';
import { capitalize } from './capitalize';

describe('capitalize', () => {
  it('follows Vietnamese case rules', () => {
    expect(capitalize('đo lường')).toBe('Đo lường');
    expect(capitalize('thẩm định')).toBe('Thẩm định');
    expect(capitalize('ủy ban')).toBe('Ủy ban');
    expect(capitalize('')).toBe('');
  });
});
