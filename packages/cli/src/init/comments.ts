/** Vietnamese comments of the report's own fields in the skeleton of `init`. */
export const REPORT_COMMENTS = {
  header: (profileName: string, period: string) => [
    `${profileName} — ${period}.`,
    'Khung do "baocao init" tạo: điền số liệu, xoá những gì không dùng, rồi chạy',
    '  baocao validate <tệp này>   và   baocao render <tệp này>',
    'Chữ tiếng Việt viết trong dấu nháy kép. Danh sách trống viết [] ; mỗi ý một dòng bắt đầu bằng "- ".',
  ],
  $profile: ['Tệp profile của tỉnh, tính từ thư mục của tệp này.'],
  kind: ['Loại văn bản: bao-cao (báo cáo) hoặc ke-hoach (kế hoạch).'],
  number: ['Số văn bản: thêm dòng "number: 12" khi đã có số; dự thảo để trống.'],
  issueDate: ['Ngày ban hành. Dự thảo: chỉ năm và tháng (văn thư điền ngày); khi ký: "2025-07-05".'],
  period: ['Kỳ báo cáo (Nghị định 09/2019/NĐ-CP).'],
  to: ['Kính gửi: mỗi nơi một dòng.'],
  basis: ['Căn cứ: văn bản yêu cầu báo cáo, mỗi văn bản gồm kind (Công văn …), number, date, issuer.'],
  body: ['Nội dung, theo các phần của profile. Mỗi section lấy số liệu ở mục "sections" bên dưới.'],
  part: (title: string, mode: string) => [`Phần "${title}" (${mode === 'plans' ? 'phương hướng, nhiệm vụ' : mode === 'free' ? 'viết tự do: mỗi đoạn một dòng' : 'kết quả'}).`],
  sections: ['Số liệu của từng lĩnh vực (section). Xem mô tả đầy đủ: baocao schema --section <mã>.'],
  section: (title: string) => [`${title}`],
  signer: ['Người ký. mode: direct (ký trực tiếp), KT (ký thay), TM, TL, TUQ, Q; for: chức danh được ký thay (GIÁM ĐỐC).'],
  recipients: ['Nơi nhận: mục cuối cùng là dòng "Lưu: …" và kết thúc bằng dấu chấm.'],
  appendices: ['Phụ lục sau chữ ký (nếu có).'],
} as const;
