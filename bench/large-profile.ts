/** The profile of the scaling and floor benchmarks (`large-report.ts`): one part, the Bắc Giang agency. */
import { defineProfile } from '@baocao-khcn/core';

export const largeProfile = defineProfile({
  id: 'bench',
  name: 'bench',
  agency: { parent: 'UBND TỈNH BẮC GIANG', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'KHCN', place: 'Bắc Giang' },
  headingScheme: ['roman', 'arabic'],
  parts: [{ id: 'results', title: 'KẾT QUẢ', mode: 'results' }],
});

/** Limits large enough for the 50,000-row report. */
export const largeLimits = { maxArrayLength: 1_000_000, maxNodes: 50_000_000 };
