/**
 * Run counts and fast-check parameters shared by the fuzz tests.
 *
 * - `FUZZ_RUNS`   runs per property (default 100). `FUZZ_RUNS=100000 pnpm fuzz` for a long search.
 * - `FUZZ_SEED`   fast-check seed (printed with every failure) to replay a run; `FUZZ_PATH` its shrink path.
 * - `FUZZ_OPEN_BUGS=1` lets the generators produce inputs that trigger the bugs of open-bugs.test.ts.
 */
import type fc from 'fast-check';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** Runs per property. */
export const FUZZ_RUNS = positiveInt('FUZZ_RUNS', 100);

/**
 * fast-check parameters for a property. `scale` shrinks the run count of the expensive properties
 * (e.g. 0.5 → half of FUZZ_RUNS, at least 1).
 */
export function fcParams<T>(scale = 1): fc.Parameters<T> {
  const params: fc.Parameters<T> = { numRuns: Math.max(1, Math.round(FUZZ_RUNS * scale)) };
  if (process.env.FUZZ_SEED) params.seed = Number(process.env.FUZZ_SEED);
  if (process.env.FUZZ_PATH) params.path = process.env.FUZZ_PATH;
  return params;
}

/** A vitest timeout for a property that takes about `msPerRun` per run (never below 60 s). */
export function timeoutFor(msPerRun: number, scale = 1): number {
  return Math.max(60_000, Math.round(FUZZ_RUNS * scale * msPerRun * 5));
}
