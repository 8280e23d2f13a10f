import { describe, expect, it } from 'vitest';
import { numberedTable } from './numbered-table';

describe('numberedTable', () => {
  it('numbers the items in a centred "TT" column and appends the rows after them as they are', () => {
    const total = { group: true, cells: [{ content: 'Tổng cộng', colSpan: 2 }, '498'] };
    expect(
      numberedTable({ numberWidth: 0.08, columns: [{ title: 'Phương tiện đo', width: 0.6 }, { title: 'Số lượng', width: 0.32, align: 'right' }], items: [['Cột đo xăng dầu', '360'], ['Công tơ điện', '138']], after: [total] }),
    ).toEqual({
      type: 'table',
      columns: [{ title: 'TT', width: 0.08, align: 'center' }, { title: 'Phương tiện đo', width: 0.6 }, { title: 'Số lượng', width: 0.32, align: 'right' }],
      rows: [['1', 'Cột đo xăng dầu', '360'], ['2', 'Công tơ điện', '138'], total],
    });
  });
  it('takes a caption; without items it is a table with no rows', () => {
    expect(numberedTable({ columns: [{ title: 'Nội dung' }], items: [], caption: 'Đơn vị tính: triệu đồng' })).toEqual({
      type: 'table',
      columns: [{ title: 'TT', width: 0.05, align: 'center' }, { title: 'Nội dung' }],
      rows: [],
      caption: 'Đơn vị tính: triệu đồng',
    });
  });
});
