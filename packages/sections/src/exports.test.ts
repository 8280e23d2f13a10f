import { describe, expect, it } from 'vitest';

describe('public API of @baocao-khcn/sections', () => {
  it('exports exactly these names', async () => {
    // Sorted: a native module namespace lists its keys sorted, vitest's transform in declaration order.
    expect(Object.keys(await import('./index')).sort()).toEqual([
      'SECTION_IDS',
      'TDC_SUBAREA_TITLES',
      'allSections',
      'anToanBucXa',
      'bieuSoLieu',
      'buuChinhVienThong',
      'chuyenDoiSo',
      'danhGiaChung',
      'hoatDongSuNghiep',
      'keHoachTaiChinh',
      'khcnCoSo',
      'khoiNghiep',
      'nghienCuuKhcn',
      'nhiemVuDuocGiao',
      'phapCheCaiCachHanhChinh',
      'quanLyCongNghe',
      'sangKien',
      'soHuuTriTue',
      'thamMuu',
      'thanhTra',
      'thongTinThongKe',
      'thucHienNghiQuyet',
      'tieuChuanDoLuongChatLuong',
      'tuDo',
      'vanPhongToChuc',
    ]);
  });

  it('lists every standard section in the usual order of a report', async () => {
    const { allSections, SECTION_IDS } = await import('./index');
    const ids = [
      'tham-muu',
      'nghien-cuu-khcn',
      'khcn-co-so',
      'quan-ly-cong-nghe',
      'an-toan-buc-xa',
      'so-huu-tri-tue',
      'sang-kien',
      'khoi-nghiep',
      'thong-tin-thong-ke',
      'tieu-chuan-do-luong-chat-luong',
      'thanh-tra',
      'phap-che-cai-cach-hanh-chinh',
      'hoat-dong-su-nghiep',
      'ke-hoach-tai-chinh',
      'nhiem-vu-duoc-giao',
      'thuc-hien-nghi-quyet',
      'chuyen-doi-so',
      'buu-chinh-vien-thong',
      'van-phong-to-chuc',
      'danh-gia-chung',
      'tu-do',
      'bieu-so-lieu',
    ];
    expect(allSections.map((s) => s.id)).toEqual(ids);
    expect(SECTION_IDS).toEqual(ids);
  });

  it('exports each section under its own name, once', async () => {
    const api: Record<string, unknown> = await import('./index');
    const plugins = Object.values(api).filter((v): v is { kind: string } => typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'section');
    expect(new Set(plugins)).toEqual(new Set(api.allSections as unknown[]));
  });
});
