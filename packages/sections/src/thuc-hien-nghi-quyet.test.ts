import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { thucHienNghiQuyet } from './thuc-hien-nghi-quyet';

const { diagnose, render } = bacGiang;

/** Seed 003 (Bắc Kạn, 6 tháng đầu năm 2023): the tasks of Quyết định số 2519/QĐ-UBND. */
const tasks = [
  {
    content: 'Tham mưu ban hành Quyết định của Ủy ban nhân dân tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định số 731/QĐ-UBND ngày 10/5/2019 của UBND tỉnh',
    deadlineText: 'Tháng 3 năm 2023',
    result: 'Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)',
  },
  {
    content: 'Nhiệm vụ chuyển đổi số năm 2023 “Xây dựng hệ thống truy xuất nguồn gốc sản phẩm hàng hoá trên địa bàn tỉnh Bắc Kạn”',
    deadlineText: 'Tháng 12 năm 2023',
    progress: 'Đang tổ chức học tập kinh nghiệm tại các tỉnh',
  },
];
const HALF_2023 = { kind: 'half', year: 2023, half: 1 } as const;
const TITLE = 'Kết quả thực hiện các nhiệm vụ tại Quyết định số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh';

describe('thuc-hien-nghi-quyet', () => {
  it('declares its id, title and description', () => {
    expect(thucHienNghiQuyet.id).toBe('thuc-hien-nghi-quyet');
    expect(thucHienNghiQuyet.title).toBe('Kết quả thực hiện nghị quyết, chương trình, kế hoạch');
    expect(thucHienNghiQuyet.description).toMatch(/nghị quyết/);
  });

  describe('schema', () => {
    it('accepts tasks, column titles and a form reference', () => {
      const parsed = thucHienNghiQuyet.schema.safeParse({ tasks, columns: { result: 'Kết quả' }, formRef: 'Biểu số 21' });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.tasks).toHaveLength(2);
    });

    it('rejects a task without content, an empty column title and an empty form reference', () => {
      expect(thucHienNghiQuyet.schema.safeParse({ tasks: [{ deadlineText: 'Tháng 3 năm 2023' }] }).success).toBe(false);
      expect(thucHienNghiQuyet.schema.safeParse({ columns: { content: '' } }).success).toBe(false);
      expect(thucHienNghiQuyet.schema.safeParse({ formRef: '' }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(thucHienNghiQuyet, { tasks: [{ content: 'A', completedOn: '24/4/2023' }] }, { period: HALF_2023 }).map((d) => [d.code, d.path])).toEqual([
        ['schema/invalid_format', ['tasks', 0, 'completedOn']],
      ]);
    });
  });

  describe('results', () => {
    it('writes the seed 003 table under the report’s own title', () => {
      const { results, diagnostics, body } = render(thucHienNghiQuyet, { tasks }, { period: HALF_2023, title: TITLE });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([
        `1. ${TITLE}`,
        '# TT | Nội dung | Tiến độ theo kế hoạch | Kết quả thực hiện',
        `1 | ${tasks[0]!.content} | Tháng 3 năm 2023 | Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)`,
        `2 | ${tasks[1]!.content} | Tháng 12 năm 2023 | Đang tổ chức học tập kinh nghiệm tại các tỉnh`,
      ]);
      const table = body.find((b) => b.type === 'table');
      expect(table?.type === 'table' && table.rows[0]?.cells.map((c) => c.align)).toEqual(['center', 'left', 'center', 'left']);
    });

    it('takes column titles of its own and prints a date deadline short', () => {
      const { results } = render(
        thucHienNghiQuyet,
        { columns: { deadline: 'Thời hạn', result: 'Kết quả' }, tasks: [{ content: 'Ban hành kế hoạch', deadline: '2023-03-31', completedOn: '2023-03-20', result: 'Kế hoạch số 46/KH-UBND' }], results: ['Các nhiệm vụ cơ bản đúng tiến độ.'] },
        { period: HALF_2023 },
      );
      expect(results).toEqual([
        '1. Kết quả thực hiện nghị quyết, chương trình, kế hoạch',
        '# TT | Nội dung | Thời hạn | Kết quả',
        '1 | Ban hành kế hoạch | 31/3/2023 | Kế hoạch số 46/KH-UBND',
        'Các nhiệm vụ cơ bản đúng tiến độ.',
      ]);
    });

    it('points to the form of the appendix when there is no table and no prose (seed 003, Biểu số 21)', () => {
      const title = 'Kết quả thực hiện Nghị quyết số 11/NQ-CP của Chính phủ';
      expect(render(thucHienNghiQuyet, { formRef: 'Biểu số 21' }, { period: HALF_2023, title }).results).toEqual([
        `1. ${title}`,
        'Sở Khoa học và Công nghệ báo cáo tại Biểu số 21 tại Phụ lục kèm theo.',
      ]);
      expect(render(thucHienNghiQuyet, { formRef: 'Biểu số 21', results: ['Chi tiết tại Biểu số 21.'] }, { period: HALF_2023, title }).results).toEqual([
        `1. ${title}`,
        'Chi tiết tại Biểu số 21.',
      ]);
    });
  });

  describe('plans', () => {
    it('writes the directions prose only', () => {
      const { plans } = render(thucHienNghiQuyet, { tasks, formRef: 'Biểu số 21', plans: ['Tiếp tục triển khai nhiệm vụ chuyển đổi số.'] }, { period: HALF_2023 });
      expect(plans).toEqual(['1. Kết quả thực hiện nghị quyết, chương trình, kế hoạch', 'Tiếp tục triển khai nhiệm vụ chuyển đổi số.']);
    });
  });

  describe('checks', () => {
    it('task checks (core checkTasks) apply to tasks with a date deadline only, keeping their index', () => {
      const checked = [
        { content: 'A', deadlineText: 'Tháng 3 năm 2023', status: 'Quá hạn' },
        { content: 'B', deadline: '2023-03-31', completedOn: '2023-03-20', status: 'Đúng hạn' },
      ];
      expect(diagnose(thucHienNghiQuyet, { tasks: checked }, { period: HALF_2023 })).toEqual([]);
      expect(diagnose(thucHienNghiQuyet, { tasks: [checked[0], { ...checked[1], completedOn: '2023-04-20' }] }, { period: HALF_2023 })).toEqual([
        {
          code: 'task/status-mismatch',
          severity: 'warning',
          path: ['tasks', 1, 'status'],
          message: 'Tiến độ ghi "Đúng hạn" nhưng theo thời hạn và ngày hoàn thành tại ngày chốt số liệu 2023-06-14 là "Quá hạn".',
        },
      ]);
    });

    it('date/invalid: core refuses a task date that does not exist', () => {
      expect(diagnose(thucHienNghiQuyet, { tasks: [{ content: 'A', deadline: '2023-06-31' }] }, { period: HALF_2023 })).toEqual([
        { code: 'date/invalid', severity: 'error', path: ['tasks', 0, 'deadline'], message: 'Ngày "2023-06-31" không có thật.' },
      ]);
    });
  });
});
