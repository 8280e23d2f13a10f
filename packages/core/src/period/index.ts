/**
 * Reporting periods (Nghị định 09/2019/NĐ-CP): labels, the period of the
 * directions part, cut-off windows, and period phrases in prose.
 *
 * @module
 */
export { nextPeriod } from './next-period';
export { nextPeriodLabel } from './next-period-label';
export { periodLabel } from './period-label';
export { periodMentions } from './period-mentions';
export type { PeriodMention } from './period-mentions';
export { reportingWindow } from './reporting-window';
export type { DateRange, Period, PeriodKind, WindowRule } from './types';
