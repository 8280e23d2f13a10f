import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAll } from './aggregate';
import { rollupIndicators } from './rollup';
import { month, quarter, reportOf, samplesSection, seriesProfile } from './_test/fixtures';

const options = { profile: seriesProfile, sections: [samplesSection] };
const valueOf = (r: ReturnType<typeof rollupIndicators>, id: string) => r.indicators.find((i) => i.id === id)?.value;

describe('rollupIndicators (property)', () => {
  it('a year is the sum of its four quarters for flows, and December for stocks', () => {
    const monthValues = fc.record({ samples: fc.integer({ min: 0, max: 100_000 }), holders: fc.integer({ min: 0, max: 5_000 }), money: fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => Math.round(v * 10) / 10) });
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.array(monthValues, { minLength: 12, maxLength: 12 }), (year, months) => {
        const reports = months.map((m, i) => reportOf(month(year, i + 1), { samples: m.samples, holders: m.holders, dossiers: { online: m.money, total: 1e6 } }));
        const whole = rollupIndicators(reports, { kind: 'year', year }, options);
        const quarters = ([1, 2, 3, 4] as const).map((q) => rollupIndicators(reports, quarter(year, q), options));
        expect(whole.diagnostics).toEqual([]);
        for (const id of ['mau-thu/samples', 'mau-thu/dossiers.online']) {
          expect(valueOf(whole, id)).toBe(addAll(quarters.map((q) => valueOf(q, id) as number)));
        }
        expect(valueOf(whole, 'mau-thu/samples')).toBe(months.reduce((s, m) => s + m.samples, 0));
        expect(valueOf(whole, 'mau-thu/holders')).toBe(months[11]?.holders);
        expect(valueOf(quarters[3] as ReturnType<typeof rollupIndicators>, 'mau-thu/holders')).toBe(months[11]?.holders);
      }),
      { numRuns: 60 },
    );
  });
});
