/** `--history` (lũy kế, cùng kỳ, kế hoạch năm from earlier reports) and `baocao indicators`, on the built bin. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeReport } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { allSections } from '@baocao-khcn/sections';
import { describe, expect, it } from 'vitest';
import { profile, seriesExamples } from '../../../examples/series/reports';
import { baocao, FIXTURES, ROOT, scratch } from './helpers';

const cwd = `${FIXTURES}series`;
const SERIES = join(ROOT, 'examples/cli/series');

describe('--history', () => {
  it('the example series: the wrong stated lũy kế of October 2025 is caught only with the earlier reports', async () => {
    const without = await baocao(['validate', '2025-thang-10.json'], { cwd: SERIES });
    expect(without.code).toBe(0);
    expect(without.stdout).not.toContain('series/cumulative-mismatch');
    expect(without.stdout).toContain('2025-thang-10.json: 0 lỗi, 6 cảnh báo, 13 gợi ý\n');
    // The folder holds the report itself too: it is left out of its own history.
    expect(await baocao(['validate', '2025-thang-10.json', '--history', '.'], { cwd: SERIES })).toEqual({
      code: 0,
      stdout:
        '2025-thang-10.json:47:22: cảnh báo series/cumulative-mismatch tại body[0].content[1][1].value: Lũy kế "Hồ sơ đăng ký xác lập quyền sở hữu công nghiệp" ghi 128 nhưng tính từ các báo cáo trước và kỳ này là 120.\n' +
        '2025-thang-10.json: 0 lỗi, 1 cảnh báo, 0 gợi ý\n',
      stderr: '',
    });
  });

  it('render --history writes the same Markdown as the TypeScript example series', async () => {
    const out = scratch();
    const r = await baocao(['render', '2025-thang-10.json', '2025-quy-3.json', '--history', SERIES, '--md', '-o', out], { cwd: SERIES });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${join(out, '2025-thang-10.md')}\n${join(out, '2025-quy-3.md')}\n`);
    for (const id of ['2025-thang-10', '2025-quy-3']) {
      const ex = seriesExamples().find((e) => e.id === id);
      const { document } = composeReport(ex?.input, { profile, sections: allSections, history: ex?.history });
      expect(readFileSync(join(out, `${id}.md`), 'utf8'), id).toBe(renderMarkdown(document));
    }
  });

  it('lũy kế in the text from the folder', async () => {
    const out = scratch();
    expect(await baocao(['validate', 'quy-3.yaml', '--history', 'truoc'], { cwd })).toEqual({ code: 0, stdout: 'quy-3.yaml: 0 lỗi, 0 cảnh báo, 0 gợi ý\n', stderr: '' });
    const r = await baocao(['render', 'quy-3.yaml', '--history', 'truoc', '--md', '-o', out], { cwd });
    expect(r).toEqual({ code: 0, stdout: `${join(out, 'quy-3.md')}\n`, stderr: '' });
    expect(readFileSync(join(out, 'quy-3.md'), 'utf8')).toContain('\nThử nghiệm 38 mẫu, lũy kế 288 mẫu.\n');
  });

  it('without it, the gap is named', async () => {
    const r = await baocao(['validate', 'quy-3.yaml'], { cwd });
    expect(r.stdout).toContain(
      'quy-3.yaml:11:34: cảnh báo series/gap tại body[0].content[0][1].value: Không tính được lũy kế của "Mẫu hàng hóa thử nghiệm": lịch sử thiếu báo cáo tháng 1/2025 – tháng 6/2025; số liệu này được bỏ qua.\n',
    );
  });
});

describe('--history that cannot be used: exit 2, one Vietnamese line naming it', () => {
  const bad = scratch();
  mkdirSync(join(bad, 'rong'));
  mkdirSync(join(bad, 'hong'));
  writeFileSync(join(bad, 'hong', 'thang-1.yaml'), 'period: { kind: month, year: 2025, month: 1 }\n');
  writeFileSync(join(bad, 'hong', 'thang-2.yaml'), 'period: { kind: month, year: 2025, month: 2\n');
  mkdirSync(join(bad, 'khong-ky'));
  writeFileSync(join(bad, 'khong-ky', 'ghi-chu.json'), '{ "sections": {} }\n');
  writeFileSync(join(bad, 'tep.yaml'), 'a: 1\n');

  it.each([
    ['khong-co', ['validate', 'render', 'indicators'], 'baocao: Không tìm thấy thư mục báo cáo kỳ trước "khong-co".\n'],
    ['tep.yaml', ['validate'], 'baocao: "tep.yaml" là một tệp, không phải thư mục báo cáo kỳ trước.\n'],
    ['rong', ['render'], 'baocao: Thư mục báo cáo kỳ trước "rong" không có tệp .json, .yaml hay .yml nào.\n'],
    ['hong', ['indicators'], 'baocao: Tệp hong/thang-2.yaml không phải YAML hợp lệ (dòng 2, cột 1): Flow map in block collection must be sufficiently indented and end with a }\n'],
    ['khong-ky', ['validate'], 'baocao: Báo cáo kỳ trước "khong-ky/ghi-chu.json" không dùng được: thiếu kỳ báo cáo (period) là một tháng, quý, 6 tháng, 9 tháng hoặc năm.\n'],
  ])('%s', async (dir, commands, stderr) => {
    const report = join(FIXTURES, 'series', 'quy-3.yaml');
    for (const command of commands) expect(await baocao([command, report, '--history', dir], { cwd: bad }), command).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('indicators', () => {
  it('a table: id, label, value, unit, kind, period', async () => {
    expect(await baocao(['indicators', 'quy-3.yaml'], { cwd })).toEqual({
      code: 0,
      stdout: [
        'Mã chỉ tiêu                                    Chỉ tiêu                 Giá trị  Đơn vị  Loại      Kỳ',
        '---------------------------------------------  -----------------------  -------  ------  --------  ----------------',
        'tieu-chuan-do-luong-chat-luong/samples.tested  Mẫu hàng hóa thử nghiệm       38  mẫu     cộng dồn  quý III năm 2025',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--history adds lũy kế, cùng kỳ, tăng/giảm, kế hoạch năm and % kế hoạch, as the biểu số liệu has them', async () => {
    const r = await baocao(['indicators', '2025-thang-10.json', '--history', '.'], { cwd: SERIES });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Mã chỉ tiêu                                    Chỉ tiêu                                        Giá trị  Đơn vị     Loại       Kỳ             Lũy kế  Cùng kỳ  Tăng/giảm (%)  Kế hoạch năm  % kế hoạch');
    expect(lines[2]).toBe('tieu-chuan-do-luong-chat-luong/samples.tested  Mẫu hàng hóa thử nghiệm                              60  mẫu        cộng dồn   tháng 10/2025     562       52           15,4           700        80,3');
    expect(lines).toHaveLength(8);
  });

  it('--csv: RFC 4180 (CRLF, a quoted cell when it holds a comma or a quote), a header row, several reports', async () => {
    const r = await baocao(['indicators', 'report-ocop.yaml', 'series/quy-3.yaml', '--plugin', 'ocop-section.mjs', '--csv']);
    expect(r).toEqual({
      code: 0,
      stdout:
        'file,id,label,value,unit,kind,period,path\r\n' +
        'report-ocop.yaml,chuong-trinh-ocop/products,"Sản phẩm OCOP ""3 sao, 4 sao"" được hỗ trợ",12,sản phẩm,flow,quý III năm 2025,body[0].content[0].data.products\r\n' +
        'series/quy-3.yaml,tieu-chuan-do-luong-chat-luong/samples.tested,Mẫu hàng hóa thử nghiệm,38,mẫu,flow,quý III năm 2025,sections.tieu-chuan-do-luong-chat-luong.samples.tested\r\n',
      stderr: '',
    });
  });

  it('--csv --history: the series columns, with dot decimals and empty cells where the history gives nothing', async () => {
    const r = await baocao(['indicators', 'quy-3.yaml', '--history', 'truoc', '--csv'], { cwd });
    expect(r.stdout).toBe(
      'file,id,label,value,unit,kind,period,cumulative,previousYear,change,target,planShare,path\r\n' +
        'quy-3.yaml,tieu-chuan-do-luong-chat-luong/samples.tested,Mẫu hàng hóa thử nghiệm,38,mẫu,flow,quý III năm 2025,288,,,,,sections.tieu-chuan-do-luong-chat-luong.samples.tested\r\n',
    );
  });

  it('--history several times: the folders together (cùng kỳ from the 2024 one)', async () => {
    const r = await baocao(['indicators', 'quy-3.yaml', '--history', 'truoc', '--history', 'nam-2024', '--csv'], { cwd });
    expect(r.stdout.split('\r\n')[1]).toBe('quy-3.yaml,tieu-chuan-do-luong-chat-luong/samples.tested,Mẫu hàng hóa thử nghiệm,38,mẫu,flow,quý III năm 2025,288,30,26.7,,,sections.tieu-chuan-do-luong-chat-luong.samples.tested');
  });

  it('--format json: each file with its indicators as core gives them', async () => {
    const r = await baocao(['indicators', 'quy-3.yaml', '--format', 'json'], { cwd });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'quy-3.yaml',
        indicators: [
          {
            id: 'tieu-chuan-do-luong-chat-luong/samples.tested',
            label: 'Mẫu hàng hóa thử nghiệm',
            unit: 'mẫu',
            kind: 'flow',
            period: { kind: 'quarter', year: 2025, quarter: 3 },
            value: 38,
            path: ['sections', 'tieu-chuan-do-luong-chat-luong', 'samples', 'tested'],
          },
        ],
      },
    ]);
  });

  it('a report with errors: its errors on standard error, exit 1', async () => {
    const r = await baocao(['indicators', 'broken-total.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^broken-total\.yaml:\d+:\d+: lỗi /);
    expect(r.stderr).toMatch(/\nbroken-total\.yaml: không đọc được chỉ tiêu vì có lỗi \(1 lỗi, \d+ cảnh báo, \d+ gợi ý\)\.\n$/);
  });
});
