/** A small, honest timer: warm-up, then at least `minRuns` runs and `minMs` of wall time; median and p95. */
export type Timing = { median: number; p95: number; runs: number };

export async function measure(fn: () => unknown | Promise<unknown>, { minRuns = 20, minMs = 500, warmup = 3 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    if (samples.length >= 10_000) break;
  }
  return summary(samples);
}

export const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

/**
 * Two functions timed side by side: after the warm-up, each round runs `a` then `b` (then `b` then `a` the next
 * round), so that a change of load on the machine weighs on both alike; at least `minRuns` rounds and `minMs` of
 * wall time. Returns both timings.
 */
export async function measurePair(
  a: () => unknown | Promise<unknown>,
  b: () => unknown | Promise<unknown>,
  { minRuns = 20, minMs = 1000, warmup = 3 } = {},
): Promise<{ a: Timing; b: Timing }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const samples: { a: number[]; b: number[] } = { a: [], b: [] };
  const time = async (fn: () => unknown | Promise<unknown>, into: number[]) => {
    const t0 = performance.now();
    await fn();
    into.push(performance.now() - t0);
  };
  const start = performance.now();
  for (let round = 0; round < minRuns || performance.now() - start < minMs; round++) {
    if (round % 2 === 0) {
      await time(a, samples.a);
      await time(b, samples.b);
    } else {
      await time(b, samples.b);
      await time(a, samples.a);
    }
    if (round >= 10_000) break;
  }
  return { a: summary(samples.a), b: summary(samples.b) };
}

function summary(samples: number[]): Timing {
  samples.sort((x, y) => x - y);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}
