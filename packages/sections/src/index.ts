/**
 * `@baocao-khcn/sections`: one section plugin per work area of a Sở KH&CN (lĩnh vực), before and after
 * the 2025 merger. Each is a `defineSection` plugin: a zod schema for its data, `results`, `plans` and `checks`.
 *
 * @packageDocumentation
 */
import { thamMuu } from './tham-muu';
import { nghienCuuKhcn } from './nghien-cuu-khcn';
import { khcnCoSo } from './khcn-co-so';
import { quanLyCongNghe } from './quan-ly-cong-nghe';
import { anToanBucXa } from './an-toan-buc-xa';
import { soHuuTriTue } from './so-huu-tri-tue';
import { sangKien } from './sang-kien';
import { khoiNghiep } from './khoi-nghiep';
import { thongTinThongKe } from './thong-tin-thong-ke';
import { TDC_SUBAREA_TITLES, tieuChuanDoLuongChatLuong } from './tieu-chuan-do-luong-chat-luong';
import { thanhTra } from './thanh-tra';
import { phapCheCaiCachHanhChinh } from './phap-che-cai-cach-hanh-chinh';
import { hoatDongSuNghiep } from './hoat-dong-su-nghiep';
import { keHoachTaiChinh } from './ke-hoach-tai-chinh';
import { nhiemVuDuocGiao } from './nhiem-vu-duoc-giao';
import { thucHienNghiQuyet } from './thuc-hien-nghi-quyet';
import { chuyenDoiSo } from './chuyen-doi-so';
import { buuChinhVienThong } from './buu-chinh-vien-thong';
import { vanPhongToChuc } from './van-phong-to-chuc';
import { danhGiaChung } from './danh-gia-chung';
import { tuDo } from './tu-do';
import { bieuSoLieu } from './bieu-so-lieu';
export type { SectionDiagnosticCode } from './codes';

export { TDC_SUBAREA_TITLES };
export { thamMuu, nghienCuuKhcn, khcnCoSo, quanLyCongNghe, anToanBucXa, soHuuTriTue, sangKien, khoiNghiep, thongTinThongKe, tieuChuanDoLuongChatLuong, thanhTra, phapCheCaiCachHanhChinh, hoatDongSuNghiep, keHoachTaiChinh, nhiemVuDuocGiao, thucHienNghiQuyet, chuyenDoiSo, buuChinhVienThong, vanPhongToChuc, danhGiaChung, tuDo, bieuSoLieu };

/**
 * Every standard section, in the usual order of a report.
 *
 * @example
 * composeReport(input, { profile, sections: allSections })
 */
export const allSections = [
  thamMuu,
  nghienCuuKhcn,
  khcnCoSo,
  quanLyCongNghe,
  anToanBucXa,
  soHuuTriTue,
  sangKien,
  khoiNghiep,
  thongTinThongKe,
  tieuChuanDoLuongChatLuong,
  thanhTra,
  phapCheCaiCachHanhChinh,
  hoatDongSuNghiep,
  keHoachTaiChinh,
  nhiemVuDuocGiao,
  thucHienNghiQuyet,
  chuyenDoiSo,
  buuChinhVienThong,
  vanPhongToChuc,
  danhGiaChung,
  tuDo,
  bieuSoLieu,
] as const;

/**
 * The ids of the standard sections (stable, kebab-case).
 *
 * @example
 * SECTION_IDS[0] // 'tham-muu'
 */
export const SECTION_IDS = allSections.map((s) => s.id);
