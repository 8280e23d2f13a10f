/**
 * Run counts and fast-check parameters shared by the fuzz tests.
 *
 * - `FUZZ_RUNS`   runs per property (default 100). `FUZZ_RUNS=100000 pnpm fuzz` for a long search.
 * - `FUZZ_SEED`   fast-check seed (printed with every failure) to replay a run; `FUZZ_PATH` its shrink path.
 * - `FUZZ_NO_SHRINK=1` reports the first failure without shrinking it.
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

/** A vitest timeout for a property that takes about `msPerRun` per run (never below 60 s). */
export function timeoutFor(msPerRun: number, scale = 1): number {
  return Math.max(60_000, Math.round(FUZZ_RUNS * scale * msPerRun * 5));
}

/**
 * fast-check parameters for a property that takes about `msPerRun` per run. `scale` shrinks the run count
 * of the expensive properties (e.g. 0.5 → half of FUZZ_RUNS, at least 1). The property is interrupted a little
 * before the vitest timeout ({@link timeoutFor}) so that a failure whose shrinking is slow is still reported
 * with the smallest counterexample found so far; an interrupted run counts as a failure.
 */
export function fcParams<T>(msPerRun: number, scale = 1): fc.Parameters<T> {
  const params: fc.Parameters<T> = {
    numRuns: Math.max(1, Math.round(FUZZ_RUNS * scale)),
    interruptAfterTimeLimit: timeoutFor(msPerRun, scale) - 5_000,
    markInterruptAsFailure: true,
  };
  if (process.env.FUZZ_SEED) params.seed = Number(process.env.FUZZ_SEED);
  if (process.env.FUZZ_PATH) params.path = process.env.FUZZ_PATH;
  // Report the first failure as found, without shrinking (faster when a failure is expected).
  if (process.env.FUZZ_NO_SHRINK === '1') params.endOnFailure = true;
  return params;
}
