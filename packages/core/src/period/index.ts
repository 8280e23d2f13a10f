/**
 * Reporting periods (Nghị định 09/2019/NĐ-CP): labels, the period of the
 * directions part, cut-off windows, and period phrases in prose.
 *
 * @module
 */
export { nextPeriod } from './nextPeriod';
export { nextPeriodLabel } from './nextPeriodLabel';
export { periodLabel } from './periodLabel';
export { periodMentions } from './periodMentions';
export type { PeriodMention } from './periodMentions';
export { reportingWindow } from './reportingWindow';
export type { DateRange, Period, PeriodKind, WindowRule } from './types';
