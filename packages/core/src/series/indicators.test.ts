import { describe, expect, it } from 'vitest';
import { indicatorsOf } from './indicators';
import { month, reportOf, samplesSection, seriesProfile } from './_test/fixtures';

const options = { profile: seriesProfile, sections: [samplesSection] };

describe('indicatorsOf', () => {
  it('reads every declared figure of the section data, with its path in the input', () => {
    const input = reportOf(month(2025, 3), { samples: 40, holders: 12, dossiers: { online: 85, total: 100 } });
    expect(indicatorsOf(input, options)).toEqual([
      { id: 'mau-thu/samples', label: 'Mẫu thử nghiệm', unit: 'mẫu', kind: 'flow', period: month(2025, 3), value: 40, path: ['sections', 'mau-thu', 'samples'] },
      { id: 'mau-thu/holders', label: 'Doanh nghiệp có chứng nhận', unit: 'doanh nghiệp', kind: 'stock', period: month(2025, 3), value: 12, path: ['sections', 'mau-thu', 'holders'] },
      { id: 'mau-thu/dossiers.rate', label: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', kind: 'ratio', period: month(2025, 3), value: 85, path: ['sections', 'mau-thu', 'dossiers', 'online'], parts: { part: 85, whole: 100 } },
      { id: 'mau-thu/dossiers.online', label: 'Hồ sơ trực tuyến', unit: 'hồ sơ', kind: 'flow', period: month(2025, 3), value: 85, path: ['sections', 'mau-thu', 'dossiers', 'online'] },
      { id: 'mau-thu/dossiers.total', label: 'Hồ sơ tiếp nhận', unit: 'hồ sơ', kind: 'flow', period: month(2025, 3), value: 100, path: ['sections', 'mau-thu', 'dossiers', 'total'] },
    ]);
  });

  it('reads data given in place and figures of the text that name an indicator (compact ids too)', () => {
    const input = reportOf(month(2025, 3), {}, [
      { type: 'section', section: 'mau-thu', data: { holders: 7 } },
      ['Thu hút ', { type: 'figure', value: 90, unit: 'lượt', indicator: 'tham-quan/visits' }, ' tham quan; ', { type: 'figure', value: 41, indicator: 'mau-thu/samples' }],
    ]);
    expect(indicatorsOf(input, options).map((i) => [i.id, i.kind, i.value, i.path])).toEqual([
      ['mau-thu/holders', 'stock', 7, ['body', 0, 'content', 0, 'data', 'holders']],
      ['tham-quan/visits', undefined, 90, ['body', 0, 'content', 1, 1, 'value']],
      ['mau-thu/samples', 'flow', 41, ['body', 0, 'content', 1, 3, 'value']],
    ]);
  });

  it('gives nothing for input that is no report, and never throws', () => {
    expect(indicatorsOf(null, options)).toEqual([]);
    expect(indicatorsOf({ period: 'x' }, options)).toEqual([]);
    expect(indicatorsOf(reportOf(month(2025, 1), { samples: 'x' }), options)).toEqual([]);
  });
});
