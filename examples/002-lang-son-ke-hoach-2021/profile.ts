import { defineProfile } from '@baocao-khcn/core';

/**
 * UBND tỉnh Lạng Sơn — kế hoạch hoạt động và dự toán ngân sách khoa học và công nghệ hằng năm (seed 002).
 *
 * A KẾ HOẠCH issued by the province itself (no parent authority), laid out as the Bộ KH&CN's yearly guidance asks:
 * part A evaluates the year before (and the five-year period), part B is the plan and the budget of the year.
 * Headings: A. / I. / 1. / 1.1.
 *
 * Both parts are composed in `results` mode: in a plan the body *is* what the document states, and the figures a
 * section generates (e.g. the budget of `ke-hoach-tai-chinh`: "Tổng kinh phí dự kiến là …") are written in the
 * results mode. Section data therefore goes into `results` prose in both parts.
 */
export const profile = defineProfile({
  id: 'lang-son-ubnd-ke-hoach-khcn',
  name: 'UBND tỉnh Lạng Sơn — kế hoạch hoạt động và dự toán ngân sách KH&CN hằng năm',
  agency: {
    name: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    shortName: 'UBND tỉnh Lạng Sơn',
    code: 'UBND',
    place: 'Lạng Sơn',
  },
  headingScheme: ['upper-alpha', 'roman', 'arabic', 'decimal'],
  parts: [
    // The title names the year evaluated and the five-year period ("… NĂM 2020 VÀ 05 NĂM 2016 - 2020"): the
    // templates know the plan's year but not the year before, so each report gives its own title.
    { id: 'danh-gia', title: 'ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KH&CN', mode: 'results' },
    { id: 'ke-hoach', title: 'KẾ HOẠCH VÀ DỰ TOÁN NGÂN SÁCH KH&CN {{upper period}}', mode: 'results' },
  ],
  templates: {
    subject: 'HOẠT ĐỘNG VÀ DỰ TOÁN NGÂN SÁCH KHOA HỌC VÀ CÔNG NGHỆ {{upper period}} CỦA TỈNH LẠNG SƠN',
    opening: 'Thực hiện {{basisText}}, {{agency.shortName}} xây dựng Kế hoạch hoạt động và dự toán ngân sách KH&CN {{period}} như sau:',
    closing:
      'Trên đây là Kế hoạch hoạt động khoa học và công nghệ tỉnh Lạng Sơn {{period}}, {{agency.shortName}} rất mong nhận được sự quan tâm chỉ đạo, tạo điều kiện giúp đỡ của Bộ Khoa học và Công nghệ và các Bộ, ngành Trung ương liên quan./.',
  },
});
