/**
 * `examples/cli/` holds the examples as data for the `baocao` CLI. They must stay what the TypeScript examples are:
 * regenerate with `pnpm --filter @baocao-khcn/examples export:cli`.
 */
import { readFileSync } from 'node:fs';
import { defineProfile } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import { cliDataFiles } from '../cli-data';
import { examples } from '../registry';
import { profile as seriesProfile } from '../series/reports';

const files = cliDataFiles();

describe('examples/cli', () => {
  it.each(Object.keys(files))('%s is up to date', (name) => {
    expect(readFileSync(new URL(`../cli/${name}`, import.meta.url), 'utf8')).toBe(files[name]);
  });

  it.each(examples.filter((e) => e.seed).map((e) => [e.id, e] as const))('%s: the JSON profile defines the same profile', (_id, ex) => {
    const spec = JSON.parse(files[`profiles/${ex.profile.id}.json`] as string);
    expect(defineProfile(spec)).toEqual(ex.profile);
  });

  it('holds the report series: 12 months of 2024, the 2025 plan and its 19 reports, and the same profile', () => {
    const series = Object.keys(files).filter((f) => f.startsWith('series/'));
    expect(series.length).toBe(32);
    expect(series.slice(0, 2)).toEqual(['series/2024-thang-01.json', 'series/2024-thang-02.json']);
    expect(series.slice(12, 15)).toEqual(['series/2025-ke-hoach.json', 'series/2025-thang-01.json', 'series/2025-thang-02.json']);
    expect(series.at(-1)).toBe('series/2025-nam.json');
    expect(JSON.parse(files['series/2025-thang-10.json'] as string).$profile).toBe('../profiles/minh-son-skhcn-series.json');
    expect(defineProfile(JSON.parse(files['profiles/minh-son-skhcn-series.json'] as string))).toEqual(seriesProfile);
  });

  it('covers the five seeds and leaves out the custom province (its section plugin is TypeScript)', () => {
    expect(Object.keys(files).filter((f) => !f.startsWith('profiles/') && !f.startsWith('series/'))).toEqual([
      '000-lang-son-9-thang-2022.json',
      '001-lang-son-6-thang-2021.json',
      '002-lang-son-ke-hoach-2021.json',
      '003-bac-kan-6-thang-2023.json',
      '004-bac-giang-thang-9-2023.json',
    ]);
  });
});
