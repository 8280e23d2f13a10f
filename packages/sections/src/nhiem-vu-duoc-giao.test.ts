import { describe, expect, it } from 'vitest';
import { bacGiang } from '@baocao-khcn/test-utils';
import { nhiemVuDuocGiao } from './nhiem-vu-duoc-giao';

const { diagnose, render } = bacGiang;

/** Seed 004 (Bắc Giang, tháng 9/2023): 4 tasks done, 10 under way; cut-off 14/9/2023. */
const done = [
  {
    ref: '4502/UBND-KGVX', refDate: '2023-08-09',
    content: 'V/v Góp ý dự thảo QĐ của TTCP quy định về hồ sơ, trình tự, thủ tục thực hiện giám định chất lượng và giá trị máy móc, thiết bị, dây chuyền công nghệ của dự án đầu tư.',
    deadline: '2023-08-18', completedOn: '2023-08-17', status: 'Đúng hạn', result: 'Công văn số 1036/KHCN-QLCN\nNgày 17/8/2023',
  },
  { ref: '339/TB-UBND', refDate: '2023-07-28', content: 'Xây dựng mã QR thống nhất về TTHC', deadline: '2023-08-20', completedOn: '2023-08-20', status: 'Đúng hạn', result: 'Công văn số 1047/KHCN-VP\nNgày 20/8/2023' },
  { ref: '3841/UBND-KGVX', refDate: '2023-07-12', content: 'V/v thông báo tuyển chọn tham gia Đề án 2395', deadline: '2023-09-15', completedOn: '2023-07-14', status: 'Đúng hạn', result: 'Công văn số 867/KHCN-VP\nNgày 14/7/2023' },
  { ref: '3991/UBND-KGVX', refDate: '2023-07-19', content: 'V/v giao góp ý dự thảo Thông tư', deadline: '2023-09-13', completedOn: '2023-09-13', status: 'Đúng hạn', result: 'Công văn số 1161/KHCN-TĐC\nNgày 13/9/2023' },
];
const underWay = [
  { ref: '333/TB-UBND', refDate: '2023-07-21', content: 'TB Kết luận của Phó Chủ tịch Thường trực UBND tỉnh Mai Sơn', status: 'Chưa đến hạn' },
  { ref: '3797/UBND-KGVX', refDate: '2023-07-10', content: 'V/v triển khai thực hiện Thông tư số 14/2023/TT-BKHCN', status: 'Chưa đến hạn' },
  { ref: '1922/UBND-KGVX', refDatePrefix: 'ngày', refDate: '2023-04-19', content: 'V/v phối hợp triển khai Điều tra nhận thức công chúng về KH&CN năm 2023', deadline: '2023-09-30', status: 'Chưa đến hạn' },
  { ref: '1950/UBND-KGVX', refDatePrefix: 'ngày', refDate: '2023-04-20', content: 'V/v áp dụng định mức chi tiêu', deadline: '2023-12-31' },
  { ref: '2197/UBND-KGVX', refDatePrefix: 'ngày', refDate: '2023-04-30', content: 'V/v nhân rộng công cụ 5S', deadline: '2024-12-31' },
  { ref: '3040/UBND-KSTT', refDate: '2023-06-07', content: 'V/v cải cách thủ tục hành chính', deadline: '2023-11-15' },
  { ref: '25/KH-UBND', refDatePrefix: 'ngày', refDate: '2023-05-24', content: 'V/v Kế hoạch thực hiện Biên bản Ghi nhớ số 234-BB/TUBG-TUTN', deadline: '2024-01-10' },
  { ref: '30/KH-UBND', refDate: '2023-06-25', content: 'V/v Kế hoạch thực hiện Biên bản Ghi nhớ số 245-BB/TUBG-TULS', deadline: '2024-01-15' },
  { ref: '31/KH-UBND', refDate: '2023-06-25', content: 'Kế hoạch thực hiện Kết luận số 221-KL/TUBG-TUHD', deadline: '2024-01-15' },
  { ref: '3149/UBND-NC', refDate: '2023-06-12', content: 'Thực hiện nghiêm chế độ thông tin báo cáo' },
];
const tasks = [...done, ...underWay];

const HEADING = '1. Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao';
const SUMMARY_2023_09 = [
  '**Nhiệm vụ được giao trong tháng 9/2023**',
  'Tổng số: 14 nhiệm vụ.',
  '- Đã thực hiện (hoàn thành): 04 nhiệm vụ, thực hiện chậm: 0.',
  '- Đang thực hiện (trong hạn): 10 nhiệm vụ; quá hạn: 0 nhiệm vụ.',
  '- Chưa thực hiện: 0 nhiệm vụ.',
  '(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo).',
];

describe('nhiem-vu-duoc-giao', () => {
  it('declares its id, title, description and an appendix renderer', () => {
    expect(nhiemVuDuocGiao.id).toBe('nhiem-vu-duoc-giao');
    expect(nhiemVuDuocGiao.title).toBe('Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(nhiemVuDuocGiao.description).toMatch(/UBND tỉnh/);
    expect(typeof nhiemVuDuocGiao.appendix).toBe('function');
  });

  describe('schema', () => {
    it('accepts the seed 004 tasks and stated counts', () => {
      const parsed = nhiemVuDuocGiao.schema.safeParse({ tasks, stated: { total: 14, done: 4, doneLate: 0, inProgress: 10, overdue: 0, notStarted: 0 } });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.tasks).toHaveLength(14);
      expect(parsed.data?.intro).toEqual([]);
    });

    it('defaults to an empty list', () => {
      expect(nhiemVuDuocGiao.schema.safeParse({}).data?.tasks).toEqual([]);
    });

    it('rejects a task without content, a date not written YYYY-MM-DD, an unknown state and a negative stated count', () => {
      expect(nhiemVuDuocGiao.schema.safeParse({ tasks: [{ ref: '4502/UBND-KGVX' }] }).success).toBe(false);
      expect(nhiemVuDuocGiao.schema.safeParse({ tasks: [{ content: 'A', deadline: '18/8/2023' }] }).success).toBe(false);
      expect(nhiemVuDuocGiao.schema.safeParse({ tasks: [{ content: 'A', state: 'late' }] }).success).toBe(false);
      expect(nhiemVuDuocGiao.schema.safeParse({ stated: { total: -1 } }).success).toBe(false);
    });

    it('turns bad data into diagnostics with paths inside the section', () => {
      expect(diagnose(nhiemVuDuocGiao, { tasks: [{ content: 'A', deadline: '18/8/2023' }] }).map((d) => [d.code, d.path])).toEqual([
        ['schema/invalid_format', ['tasks', 0, 'deadline']],
      ]);
    });
  });

  describe('results', () => {
    it('writes the seed 004 summary exactly', () => {
      const { results, diagnostics, body } = render(nhiemVuDuocGiao, { tasks });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([HEADING, ...SUMMARY_2023_09]);
      expect(body[2]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: 'Nhiệm vụ được giao trong tháng 9/2023', bold: true }] });
    });

    it('writes the intro prose first and the results prose last', () => {
      const { results } = render(nhiemVuDuocGiao, {
        tasks,
        intro: ['Sở KH&CN đã thực hiện đầy đủ, đúng thời gian các nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.'],
        results: ['Không có nhiệm vụ quá hạn.'],
      });
      expect(results).toEqual([
        HEADING,
        'Sở KH&CN đã thực hiện đầy đủ, đúng thời gian các nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.',
        ...SUMMARY_2023_09,
        'Không có nhiệm vụ quá hạn.',
      ]);
    });

    it('counts late, overdue and not-started tasks at the cut-off', () => {
      const { results } = render(nhiemVuDuocGiao, {
        lead: 'Nhiệm vụ được giao',
        appendixNote: '',
        tasks: [
          { content: 'A', deadline: '2023-09-01', completedOn: '2023-09-05' },
          { content: 'B', deadline: '2023-09-10' },
          { content: 'C', deadline: '2023-10-10' },
          { content: 'D', deadline: '2023-09-12', state: 'not-started' },
        ],
      });
      expect(results).toEqual([
        HEADING,
        '**Nhiệm vụ được giao**',
        'Tổng số: 04 nhiệm vụ.',
        '- Đã thực hiện (hoàn thành): 01 nhiệm vụ, thực hiện chậm: 01.',
        '- Đang thực hiện (trong hạn): 01 nhiệm vụ; quá hạn: 02 nhiệm vụ.',
        '- Chưa thực hiện: 01 nhiệm vụ.',
      ]);
    });

    it('prints the stated counts as written (and the check flags them)', () => {
      const { results } = render(nhiemVuDuocGiao, { tasks, stated: { total: 15 } });
      expect(results[2]).toBe('Tổng số: 15 nhiệm vụ.');
    });

    it('leaves out the lead line when it is empty, and writes a given note even without a list', () => {
      expect(render(nhiemVuDuocGiao, { lead: '', appendixNote: '(Chi tiết tại Phụ lục 01).', stated: { total: 2, done: 2 } }).results).toEqual([
        HEADING,
        'Tổng số: 02 nhiệm vụ.',
        '- Đã thực hiện (hoàn thành): 02 nhiệm vụ, thực hiện chậm: 0.',
        '- Đang thực hiện (trong hạn): 0 nhiệm vụ; quá hạn: 0 nhiệm vụ.',
        '- Chưa thực hiện: 0 nhiệm vụ.',
        '(Chi tiết tại Phụ lục 01).',
      ]);
    });

    it('writes nothing generated without tasks or stated counts', () => {
      expect(render(nhiemVuDuocGiao, { results: ['Không phát sinh nhiệm vụ.'] }).results).toEqual([HEADING, 'Không phát sinh nhiệm vụ.']);
    });
  });

  describe('appendix', () => {
    it('renders the seed 004 table grouped I/II/III, the body and the appendix sharing one list', () => {
      const { results, appendix, appendixBlocks, diagnostics } = render(nhiemVuDuocGiao, { tasks }, { appendix: true });
      expect(diagnostics).toEqual([]);
      expect(results).toEqual([HEADING, ...SUMMARY_2023_09]);
      expect(appendix).toEqual([
        '# TT | Số/Ký hiệu VBCĐ | Nội dung công việc | Thời hạn | Ngày hoàn thành | Tiến độ | Kết quả xử lý',
        '= I | ĐÃ THỰC HIỆN: 04 nhiệm vụ',
        '1 | 4502/UBND-KGVX\nNgày 09/8/2023 | V/v Góp ý dự thảo QĐ của TTCP quy định về hồ sơ, trình tự, thủ tục thực hiện giám định chất lượng và giá trị máy móc, thiết bị, dây chuyền công nghệ của dự án đầu tư. | 18/8/2023 | 17/8/2023 | Đúng hạn | Công văn số 1036/KHCN-QLCN\nNgày 17/8/2023',
        '2 | 339/TB-UBND\nNgày 28/7/2023 | Xây dựng mã QR thống nhất về TTHC | 20/8/2023 | 20/8/2023 | Đúng hạn | Công văn số 1047/KHCN-VP\nNgày 20/8/2023',
        '3 | 3841/UBND-KGVX\nNgày 12/7/2023 | V/v thông báo tuyển chọn tham gia Đề án 2395 | 15/9/2023 | 14/7/2023 | Đúng hạn | Công văn số 867/KHCN-VP\nNgày 14/7/2023',
        '4 | 3991/UBND-KGVX\nNgày 19/7/2023 | V/v giao góp ý dự thảo Thông tư | 13/9/2023 | 13/9/2023 | Đúng hạn | Công văn số 1161/KHCN-TĐC\nNgày 13/9/2023',
        '= II | ĐANG THỰC HIỆN: 10 nhiệm vụ (trong hạn)',
        '1 | 333/TB-UBND\nNgày 21/7/2023 | TB Kết luận của Phó Chủ tịch Thường trực UBND tỉnh Mai Sơn |  |  | Chưa đến hạn | ',
        '2 | 3797/UBND-KGVX\nNgày 10/7/2023 | V/v triển khai thực hiện Thông tư số 14/2023/TT-BKHCN |  |  | Chưa đến hạn | ',
        '3 | 1922/UBND-KGVX\nngày 19/4/2023 | V/v phối hợp triển khai Điều tra nhận thức công chúng về KH&CN năm 2023 | 30/9/2023 |  | Chưa đến hạn | ',
        '4 | 1950/UBND-KGVX\nngày 20/4/2023 | V/v áp dụng định mức chi tiêu | 31/12/2023 |  | Chưa đến hạn | ',
        '5 | 2197/UBND-KGVX\nngày 30/4/2023 | V/v nhân rộng công cụ 5S | 31/12/2024 |  | Chưa đến hạn | ',
        '6 | 3040/UBND-KSTT\nNgày 07/6/2023 | V/v cải cách thủ tục hành chính | 15/11/2023 |  | Chưa đến hạn | ',
        '7 | 25/KH-UBND\nngày 24/5/2023 | V/v Kế hoạch thực hiện Biên bản Ghi nhớ số 234-BB/TUBG-TUTN | 10/1/2024 |  | Chưa đến hạn | ',
        '8 | 30/KH-UBND\nNgày 25/6/2023 | V/v Kế hoạch thực hiện Biên bản Ghi nhớ số 245-BB/TUBG-TULS | 15/1/2024 |  | Chưa đến hạn | ',
        '9 | 31/KH-UBND\nNgày 25/6/2023 | Kế hoạch thực hiện Kết luận số 221-KL/TUBG-TUHD | 15/1/2024 |  | Chưa đến hạn | ',
        '10 | 3149/UBND-NC\nNgày 12/6/2023 | Thực hiện nghiêm chế độ thông tin báo cáo |  |  | Chưa đến hạn | ',
        '= III | CHƯA THỰC HIỆN: 0',
      ]);
      const table = appendixBlocks[0];
      expect(table?.type).toBe('table');
      if (table?.type !== 'table') return;
      expect(table.columns.map((c) => c.width)).toEqual([0.05, 0.17, 0.3, 0.1, 0.1, 0.1, 0.18].map((w) => expect.closeTo(w, 10)));
      expect(table.rows[0]?.cells.map((c) => [c.colSpan, c.align])).toEqual([[1, 'center'], [6, 'left']]);
    });

    it('splits the under-way group into within the deadline and overdue, and numbers not-started tasks', () => {
      const { appendix } = render(
        nhiemVuDuocGiao,
        {
          tasks: [
            { content: 'B', deadline: '2023-09-10', progress: 'Đang hoàn thiện dự thảo' },
            { content: 'C', deadlineText: 'Thường xuyên' },
            { content: 'D', ref: '12/UBND-KT', state: 'not-started' },
          ],
        },
        { appendix: true },
      );
      expect(appendix.slice(1)).toEqual([
        '= I | ĐÃ THỰC HIỆN: 0',
        '= II | ĐANG THỰC HIỆN: 02 nhiệm vụ (trong hạn: 01; quá hạn: 01)',
        '1 |  | B | 10/9/2023 |  | Quá hạn | Đang hoàn thiện dự thảo',
        '2 |  | C | Thường xuyên |  | Chưa đến hạn | ',
        '= III | CHƯA THỰC HIỆN: 01 nhiệm vụ',
        '1 | 12/UBND-KT | D |  |  | Chưa đến hạn | ',
      ]);
    });
  });

  describe('plans', () => {
    it('writes the directions prose only', () => {
      const { plans } = render(nhiemVuDuocGiao, { tasks, plans: ['Tiếp tục thực hiện các nhiệm vụ đang triển khai đúng thời hạn.'] });
      expect(plans).toEqual([HEADING, 'Tiếp tục thực hiện các nhiệm vụ đang triển khai đúng thời hạn.']);
    });
  });

  describe('checks', () => {
    it('passes the seed 004 list with its stated counts', () => {
      expect(diagnose(nhiemVuDuocGiao, { tasks, stated: { total: 14, done: 4, doneLate: 0, inProgress: 10, overdue: 0, notStarted: 0 } })).toEqual([]);
    });

    it('task/status-mismatch (core checkTasks): a stated status that the dates contradict', () => {
      const late = [...tasks];
      late[3] = { ...done[3]!, completedOn: '2023-09-14' };
      expect(diagnose(nhiemVuDuocGiao, { tasks: late })).toEqual([
        {
          code: 'task/status-mismatch',
          severity: 'warning',
          path: ['tasks', 3, 'status'],
          message: 'Tiến độ ghi "Đúng hạn" nhưng theo thời hạn và ngày hoàn thành tại ngày chốt số liệu 2023-09-14 là "Quá hạn".',
        },
      ]);
    });

    it('task/completed-after-cutoff (core checkTasks): completion after the cut-off', () => {
      expect(diagnose(nhiemVuDuocGiao, { tasks: [{ content: 'A', deadline: '2023-09-30', completedOn: '2023-09-20' }] })).toEqual([
        { code: 'task/completed-after-cutoff', severity: 'warning', path: ['tasks', 0, 'completedOn'], message: 'Ngày hoàn thành 2023-09-20 sau ngày chốt số liệu 2023-09-14.' },
      ]);
    });

    it('count/stated-mismatch (core checkStatedCounts): stated counts against the list', () => {
      expect(diagnose(nhiemVuDuocGiao, { tasks, stated: { total: 15, done: 4 } })).toEqual([
        { code: 'count/stated-mismatch', severity: 'warning', path: ['stated', 'total'], message: 'Số ghi là 15 nhưng danh sách có 14 mục.' },
      ]);
      expect(diagnose(nhiemVuDuocGiao, { stated: { total: 15, done: 4 } })).toEqual([]);
    });

    it('date/invalid: core refuses a task date that does not exist', () => {
      expect(diagnose(nhiemVuDuocGiao, { tasks: [{ content: 'A', deadline: '2023-02-30' }] })).toEqual([
        { code: 'date/invalid', severity: 'error', path: ['tasks', 0, 'deadline'], message: 'Ngày "2023-02-30" không có thật.' },
      ]);
    });
  });
});
