/**
 * A small complete report document for renderer tests.
 */
import type { ReportDocument } from '@baocao-khcn/core';
import type { HeaderNode } from '@baocao-khcn/core/tree';
import { t } from './tree';

/**
 * The header of a Sở KH&CN Lạng Sơn report, numbered and dated; `overrides` replace fields.
 *
 * @example
 * headerOf({ numberLine: 'Số:      /BC-SKHCN' }).dateLine // → 'Lạng Sơn, ngày 05 tháng 02 năm 2024'
 */
export function headerOf(overrides: Partial<HeaderNode> = {}): HeaderNode {
  return {
    parentAgency: 'UBND TỈNH LẠNG SƠN',
    agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    numberLine: 'Số: 05/BC-SKHCN',
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    dateLine: 'Lạng Sơn, ngày 05 tháng 02 năm 2024',
    ...overrides,
  };
}

/**
 * A small complete document (a BÁO CÁO with an empty body, signed by the GIÁM ĐỐC); `overrides` replace top-level fields.
 *
 * @example
 * documentOf({ body: [p('Một đoạn.')] }).recipients.items // → ['Như trên;', 'Lưu: VT, VP.']
 */
export function documentOf(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    type: 'report',
    meta: { title: 'Báo cáo', creator: 'Sở KH&CN', language: 'vi-VN', kind: 'bao-cao' },
    header: headerOf(),
    title: 'BÁO CÁO',
    subject: [t('Kết quả công tác tháng 9/2023')],
    to: [],
    body: [],
    signature: { lines: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
    recipients: { label: 'Nơi nhận:', items: ['Như trên;', 'Lưu: VT, VP.'] },
    appendices: [],
    ...overrides,
  };
}
