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
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

export const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
