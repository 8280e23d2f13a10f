/**
 * Every diagnostic code the standard sections report (besides core's `figure/*`, `money/*`, `task/*` … that their
 * figures and tasks get), each prefixed with its section's id. The sections README lists them and a test keeps the
 * list, the README and the sources in step.
 */
export const SECTION_CODES = [
  'an-toan-buc-xa/inspections-exceed-facilities',
  'chuyen-doi-so/online-dossiers-exceed',
  'chuyen-doi-so/online-dossiers-rate',
  'chuyen-doi-so/online-services-exceed',
  'hoat-dong-su-nghiep/duplicate-service',
  'ke-hoach-tai-chinh/budget-total',
  'ke-hoach-tai-chinh/disbursement-exceeds',
  'ke-hoach-tai-chinh/disbursement-rate',
  'khcn-co-so/no-district-level',
  'nghien-cuu-khcn/accepted-exceeds-total',
  'nghien-cuu-khcn/by-field-sum',
  'nghien-cuu-khcn/by-level-sum',
  'nghien-cuu-khcn/inspected-exceeds-total',
  'phap-che-cai-cach-hanh-chinh/dossiers-received-sum',
  'phap-che-cai-cach-hanh-chinh/dossiers-resolved-exceeds',
  'phap-che-cai-cach-hanh-chinh/dossiers-resolved-sum',
  'sang-kien/recognized-exceeds-reviewed',
  'tham-muu/date-after-cutoff',
  'tham-muu/stated-count',
  'thanh-tra/fines-without-violations',
  'thanh-tra/resolved-exceeds-received',
  'thanh-tra/violations-exceed-establishments',
  'tieu-chuan-do-luong-chat-luong/import-lots-sum',
  'tieu-chuan-do-luong-chat-luong/instruments-total',
  'tieu-chuan-do-luong-chat-luong/samples-exceed',
  'tieu-chuan-do-luong-chat-luong/scales-percent',
  'tieu-chuan-do-luong-chat-luong/scales-sum',
] as const;

/**
 * A diagnostic code of a standard section.
 *
 * @example
 * const code: SectionDiagnosticCode = 'nghien-cuu-khcn/by-level-sum';
 */
export type SectionDiagnosticCode = (typeof SECTION_CODES)[number];

declare module '@baocao-khcn/core' {
  /** The standard sections' codes are part of `DiagnosticCode` wherever `@baocao-khcn/sections` is imported. */
  interface DiagnosticCodeRegistry extends Record<SectionDiagnosticCode, true> {}
}
