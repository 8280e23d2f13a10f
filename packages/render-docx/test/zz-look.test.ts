import { it } from 'vitest';
import { writeDocx } from '@baocao-khcn/render-docx/node';
import { sampleReport } from './fixture';
it('look', async () => {
  const s = sampleReport();
  await writeDocx('/tmp/rd/ubnd.docx', { ...s, title: 'KẾ HOẠCH', header: { ...s.header, parentAgency: undefined, agency: 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN', numberLine: 'Số: 100/KH-UBND', dateLine: 'Lạng Sơn, ngày 12 tháng 6 năm 2020' }, to: ['Bộ Khoa học và Công nghệ', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính'], signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Lương Trọng Quỳnh' } }, { margins: { left: 35, right: 20, top: 25, bottom: 25 }, fontSize: 13, lineSpacing: 1 });
});
