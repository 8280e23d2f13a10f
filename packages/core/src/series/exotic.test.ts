/**
 * Exotic objects (issue 20.2) through the series functions: a getter that throws, a Proxy whose trap throws and a
 * revoked Proxy, as the list, as a report of it, or inside one. rollupIndicators reports `input/unreadable` at the
 * path and rolls nothing up; indicatorsOf gives `[]` (input that cannot be read whole is no report). Neither throws.
 */
import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './indicators';
import { rollupIndicators } from './rollup';
import { month, quarter, reportOf, samplesSection, seriesProfile } from './_test/fixtures';

const options = { profile: seriesProfile, sections: [samplesSection] };
const boom = (): never => {
  throw new Error('ORM: phiên làm việc đã đóng');
};
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const reports = () => [1, 2, 3].map((m) => reportOf(month(2025, m), { samples: 10 * m, holders: m, dossiers: { online: 8, total: 10 } }));
/** `reports()` with the samples of March behind a getter that throws. */
function withGetter(): unknown[] {
  const list = reports();
  const data = (list[2] as { sections: Record<string, Record<string, unknown>> }).sections['mau-thu'] as Record<string, unknown>;
  Object.defineProperty(data, 'samples', { enumerable: true, get: boom });
  return list;
}

describe('rollupIndicators with exotic objects', () => {
  it('a getter that throws inside a report: input/unreadable at its path, nothing rolled up', () => {
    const out = rollupIndicators(withGetter(), quarter(2025, 1), options);
    expect(out.indicators).toEqual([]);
    expect(out.diagnostics).toEqual([
      { code: 'input/unreadable', severity: 'error', path: [2, 'sections', 'mau-thu', 'samples'], message: 'Không đọc được giá trị tại [2].sections.mau-thu.samples: ORM: phiên làm việc đã đóng' },
    ]);
  });

  it('a report that is a Proxy whose get trap throws, and a revoked Proxy as a report', () => {
    const list = reports();
    const keys = Object.keys(list[1] as object);
    list[1] = new Proxy(list[1] as object, { get: boom }) as typeof list[number];
    // Every property of that report is unreadable, each reported at its own path.
    expect(rollupIndicators(list, quarter(2025, 1), options).diagnostics.map((d) => [d.code, d.path])).toEqual(keys.map((k) => ['input/unreadable', [1, k]]));
    list[1] = revoked() as typeof list[number];
    const out = rollupIndicators(list, quarter(2025, 1), options);
    expect(out.indicators).toEqual([]);
    expect(out.diagnostics.map((d) => [d.code, d.path])).toEqual([['input/unreadable', [1]]]);
  });

  it('the list itself revoked or behind a throwing trap, and a revoked period', () => {
    const list = new Proxy(reports(), { get: boom });
    expect(rollupIndicators(list, quarter(2025, 1), options).diagnostics.map((d) => [d.code, d.path])).toEqual([['input/unreadable', []]]);
    expect(rollupIndicators(revoked() as unknown[], quarter(2025, 1), options).diagnostics.map((d) => [d.code, d.path])).toEqual([['input/unreadable', []]]);
    const out = rollupIndicators(reports(), revoked() as ReturnType<typeof quarter>, options);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['series/unsupported-period']);
  });

  it('a value read twice cannot differ: a getter counting its reads gives the value of its one read', () => {
    const list = reports();
    const data = (list[0] as { sections: Record<string, Record<string, unknown>> }).sections['mau-thu'] as Record<string, unknown>;
    let reads = 0;
    Object.defineProperty(data, 'samples', { enumerable: true, get: () => (++reads === 1 ? 10 : 1_000_000) });
    const out = rollupIndicators(list, quarter(2025, 1), options);
    expect(out.indicators.find((i) => i.id === 'mau-thu/samples')?.value).toBe(60);
    expect(reads).toBe(1);
  });
});

describe('indicatorsOf with exotic objects', () => {
  it('gives [] for a report with a throwing getter, behind a throwing Proxy, or revoked; never throws', () => {
    expect(indicatorsOf(withGetter()[2], options)).toEqual([]);
    expect(indicatorsOf(new Proxy(reports()[0] as object, { ownKeys: boom }), options)).toEqual([]);
    expect(indicatorsOf(revoked(), options)).toEqual([]);
    expect(indicatorsOf(reports()[2], options).map((i) => [i.id, i.value])).toEqual([
      ['mau-thu/samples', 30], ['mau-thu/holders', 3], ['mau-thu/dossiers.rate', 80], ['mau-thu/dossiers.online', 8], ['mau-thu/dossiers.total', 10],
    ]);
  });
});
