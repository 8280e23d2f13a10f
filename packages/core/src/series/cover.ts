/** A candidate for a cover: the months it spans (1–12, inclusive) and anything attached. */
export type Span<T> = { from: number; to: number; item: T };

/** The result of {@link exactCover}: the chosen spans, or the months no span covers, or months only overlaps cover. */
export type Cover<T> = { spans: Span<T>[] } | { missing: number[] } | { overlap: number[] };

/**
 * Chooses spans that cover the months `from`–`to` exactly once — the overlap rule of a series: among all exact
 * covers, the one made of the most spans (the finest-grained reports: months before quarters before halves), and
 * among those, the spans given last (a later report of the same period replaces an earlier one). Spans reaching
 * outside the range are never used, so nothing is counted twice or guessed.
 *
 * When no exact cover exists, `missing` lists the months no usable span covers; when every month is covered but
 * only by spans that overlap each other (9 tháng + 6 tháng cuối năm), `overlap` lists the months in question.
 * An empty range (`from > to`) is covered by no spans.
 *
 * @example
 * exactCover([{ from: 1, to: 3, item: 'Q1' }, { from: 1, to: 1, item: 'T1' }, { from: 2, to: 2, item: 'T2' }, { from: 3, to: 3, item: 'T3' }], 1, 3)
 * // { spans: [T1, T2, T3] } (finest grained)
 * exactCover([{ from: 1, to: 1, item: 'T1' }], 1, 3) // { missing: [2, 3] }
 */
export function exactCover<T>(spans: readonly Span<T>[], from: number, to: number): Cover<T> {
  if (from > to) return { spans: [] };
  const usable = spans.filter((s) => s.from >= from && s.to <= to && s.from <= s.to);
  // best[m]: the best cover of from…m-1 (count of spans and the spans), computed left to right.
  const best = new Map<number, { count: number; chosen: Span<T>[] }>([[from, { count: 0, chosen: [] }]]);
  for (let m = from; m <= to; m++) {
    const here = best.get(m);
    if (!here) continue;
    // Later spans first, so that among equally fine covers the later report wins.
    for (let i = usable.length - 1; i >= 0; i--) {
      const s = usable[i] as Span<T>;
      if (s.from !== m) continue;
      const next = best.get(s.to + 1);
      const count = here.count + 1;
      if (!next || count > next.count) best.set(s.to + 1, { count, chosen: [...here.chosen, s] });
    }
  }
  const done = best.get(to + 1);
  if (done) return { spans: done.chosen };
  const missing: number[] = [];
  for (let m = from; m <= to; m++) if (!usable.some((s) => s.from <= m && m <= s.to)) missing.push(m);
  if (missing.length > 0) return { missing };
  // Every month is covered, but no combination avoids counting some twice: name the months the covers stop at.
  const reached = Math.max(...[...best.keys()]);
  const overlap: number[] = [];
  for (let m = reached; m <= to; m++) overlap.push(m);
  return { overlap };
}
