/**
 * `examples/cli/` holds the examples as data for the `baocao` CLI. They must stay what the TypeScript examples are:
 * regenerate with `pnpm --filter @baocao-khcn/examples export:cli`.
 */
import { readFileSync } from 'node:fs';
import { defineProfile } from '@baocao-khcn/core';
import { describe, expect, it } from 'vitest';
import { cliDataFiles } from '../cli-data';
import { examples } from '../registry';

const files = cliDataFiles();

describe('examples/cli', () => {
  it.each(Object.keys(files))('%s is up to date', (name) => {
    expect(readFileSync(new URL(`../cli/${name}`, import.meta.url), 'utf8')).toBe(files[name]);
  });

  it.each(examples.filter((e) => e.seed).map((e) => [e.id, e] as const))('%s: the JSON profile defines the same profile', (_id, ex) => {
    const spec = JSON.parse(files[`profiles/${ex.profile.id}.json`] as string);
    expect(defineProfile(spec)).toEqual(ex.profile);
  });

  it('covers the five seeds and leaves out the custom province (its section plugin is TypeScript)', () => {
    expect(Object.keys(files).filter((f) => !f.startsWith('profiles/'))).toEqual([
      '000-lang-son-9-thang-2022.json',
      '001-lang-son-6-thang-2021.json',
      '002-lang-son-ke-hoach-2021.json',
      '003-bac-kan-6-thang-2023.json',
      '004-bac-giang-thang-9-2023.json',
    ]);
  });
});
