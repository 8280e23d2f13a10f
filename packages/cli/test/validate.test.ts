/** `baocao validate`: diagnostics with JSON path and line/column, exit codes, input formats, profile files. */
import { describe, expect, it } from 'vitest';
import { baocao } from './helpers';

describe('validate', () => {
  it('a valid report: exit 0 and the count line', async () => {
    expect(await baocao(['validate', 'report.yaml'])).toEqual({ code: 0, stdout: 'report.yaml: 0 lỗi, 0 cảnh báo, 0 gợi ý\n', stderr: '' });
  });

  it('wrong data: exit 1, the diagnostic with the line and column of the value in the YAML file', async () => {
    const r = await baocao(['validate', 'broken-total.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'broken-total.yaml:11:20: lỗi schema/invalid_type tại body[0].content[0].data.tasks.total: Phải là số, không phải chuỗi ký tự ("năm").\n' +
        'broken-total.yaml: 1 lỗi, 0 cảnh báo, 0 gợi ý\n',
    );
  });

  it('--format json: every diagnostic with code, severity, path, message, line and column', async () => {
    const r = await baocao(['validate', 'report.yaml', 'broken-total.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: 'report.yaml', diagnostics: [] },
      {
        file: 'broken-total.yaml',
        diagnostics: [
          {
            code: 'schema/invalid_type',
            severity: 'error',
            path: ['body', 0, 'content', 0, 'data', 'tasks', 'total'],
            message: 'Phải là số, không phải chuỗi ký tự ("năm").',
            line: 11,
            column: 20,
          },
        ],
      },
    ]);
  });

  it('JSON from standard input, with --profile, positions in the JSON text', async () => {
    const input = `{\n  "issueDate": "2025-10-06",\n  "period": { "kind": "quarter", "year": 2025, "quarter": 5 },\n  "body": [],\n  "signer": { "title": "GIÁM ĐỐC", "name": "Nguyễn Văn An" },\n  "recipients": { "items": ["Lưu: VT."] }\n}\n`;
    const r = await baocao(['validate', '-', '--profile', 'profile.yaml'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('(stdin):3:59: lỗi schema/invalid_union tại period.quarter: Phải là 1, 2, 3 hoặc 4 (nhận được 5).\n(stdin): 1 lỗi, 0 cảnh báo, 0 gợi ý\n');
  });

  it('a report that names no profile: exit 2', async () => {
    const r = await baocao(['validate', '-'], { input: 'issueDate: 2025-10-06\n' });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'baocao: Báo cáo (stdin) không nói dùng profile nào: thêm --profile <tệp> hoặc dòng "$profile: <tệp profile>" ở đầu tệp.\n' });
  });

  it('invalid YAML: exit 2 with its line and column', async () => {
    const r = await baocao(['validate', '-', '--profile', 'profile.yaml'], { input: 'issueDate: 2025-10-06\nperiod: { kind: quarter\nbody: []\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^baocao: Tệp \(stdin\) không phải YAML hợp lệ \(dòng 3, cột \d+\): /);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('invalid JSON: exit 2 with its line and column', async () => {
    const r = await baocao(['validate', '-', '--profile', 'profile.yaml'], { input: '{\n  "issueDate": "2025-10-06",\n  "body": [,]\n}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('baocao: Tệp (stdin) không phải JSON hợp lệ (dòng 3, cột 12): gặp ",".\n');
    const cut = await baocao(['validate', '-', '--profile', 'profile.yaml'], { input: '{\n  "issueDate": "2025-10-06",\n' });
    expect(cut.stderr).toBe('baocao: Tệp (stdin) không phải JSON hợp lệ (dòng 3, cột 1): hết tệp giữa chừng.\n');
  });

  it('a duplicate YAML key is refused', async () => {
    const r = await baocao(['validate', '-', '--profile', 'profile.yaml'], { input: 'issueDate: 2025-10-06\nissueDate: 2025-10-07\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^baocao: Tệp \(stdin\) không phải YAML hợp lệ \(dòng 2, cột 1\): Map keys must be unique/);
  });
});

describe('profile files', () => {
  it('a profile that does not fit the profile schema: exit 2, each problem with its line and column', async () => {
    const profile = 'id: Tinh Thu\nname: Thử\nagency:\n  name: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n  place: Thử\nheadingScheme: [roman, greek]\nparts: []\ncolour: red\n';
    const r = await baocao(['validate', 'report.yaml', '--profile', '-'], { input: profile });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'baocao: Profile (stdin) không hợp lệ:',
        '  - id (dòng 1, cột 5): Mã phải ở dạng kebab-case (a-z, 0-9, "-"), ví dụ "lang-son-skhcn"',
        '  - agency.code (dòng 4, cột 3): Đầu vào không hợp lệ: mong đợi string, nhận được undefined',
        '  - headingScheme[1] (dòng 6, cột 24): Tùy chọn không hợp lệ: mong đợi một trong các giá trị "part"|"upper-alpha"|"roman"|"arabic"|"decimal"|"alpha"|"none"',
        '  - parts (dòng 7, cột 8): Quá nhỏ: mong đợi array có >=1 phần tử',
        '  - (gốc) (dòng 1, cột 1): Khóa không được nhận dạng: "colour"',
        '',
      ].join('\n'),
    );
  });

  it('a profile whose part lists an unknown section: exit 2', async () => {
    const profile = 'id: tinh-thu\nname: Thử\nagency: { name: SỞ KHOA HỌC VÀ CÔNG NGHỆ, code: SKHCN, place: Thử }\nheadingScheme: [roman]\nparts: [{ id: plans, title: NHIỆM VỤ, mode: plans, sections: [ocop] }]\n';
    const r = await baocao(['validate', 'report.yaml', '--profile', '-'], { input: profile });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'baocao: Profile (stdin) dùng section không có (xem baocao sections, hoặc nạp bằng --plugin):\n  - parts.plans.sections: "ocop"\n' });
  });

  it('defineProfile refusals are exit 2 as well', async () => {
    const profile = 'id: tinh-thu\nname: Thử\nagency: { name: SỞ KHOA HỌC VÀ CÔNG NGHỆ, code: SKHCN, place: Thử }\nheadingScheme: [roman]\nparts: [{ id: results, title: A, mode: results }, { id: results, title: B, mode: plans }]\n';
    const r = await baocao(['validate', 'report.yaml', '--profile', '-'], { input: profile });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'baocao: Profile (stdin) không hợp lệ: defineProfile(tinh-thu): phần "results" bị khai báo hai lần.\n' });
  });
});
