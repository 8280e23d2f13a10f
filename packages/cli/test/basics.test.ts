/** The bin itself: help, version, usage errors, colour, schema and sections. Spawns dist/bin.js. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baocao } from './helpers';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const ESC = '\u001b[';

describe('help and version', () => {
  it('--version prints the package version', async () => {
    expect(await baocao(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await baocao(['-v'])).stdout).toBe(`${version}\n`);
  });

  it('--help is Vietnamese, lists the commands and shows examples', async () => {
    const { code, stdout } = await baocao(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('kiểm tra và xuất báo cáo của Sở Khoa học và Công nghệ');
    for (const cmd of ['init', 'validate', 'render', 'schema', 'sections', 'indicators']) expect(stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    expect(stdout).toContain('Ví dụ:\n  baocao init --profile lang-son.yaml --period 2025-H1 > bao-cao.yaml');
    expect(stdout).toContain('Mã thoát: 0 không có lỗi; 1 số liệu có lỗi; 2 lỗi cách dùng');
  });

  it('each command has its own help with examples', async () => {
    const render = await baocao(['render', '--help']);
    expect(render.code).toBe(0);
    expect(render.stdout).toContain('baocao render — xuất văn bản .docx (Nghị định 30) và .md');
    expect(render.stdout).toContain('--force           ghi đè cả tệp không do baocao tạo ra');
    expect(render.stdout).toContain('Ví dụ:\n  baocao render bao-cao.yaml\n');
    expect(render.stdout).toContain('  --history DIR     thư mục các báo cáo kỳ trước của tỉnh (.json/.yaml, cả kế hoạch năm), để\n');
    const indicators = await baocao(['indicators', '--help']);
    expect(indicators.stdout).toContain('  baocao indicators thang-10.yaml --history bao-cao-truoc\n');
    expect(indicators.stdout).toContain('cột (file,id,label,value,unit,kind,period,path), số viết với dấu chấm thập phân\n');
    for (const cmd of ['validate', 'init', 'schema', 'sections', 'indicators']) {
      const r = await baocao([cmd, '-h']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`baocao ${cmd} — `);
      expect(r.stdout).toContain('Ví dụ:');
    }
  });

  it('no command: the help on stderr and exit 2', async () => {
    const r = await baocao([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cách dùng:\n  baocao <lệnh> [tuỳ chọn]');
  });
});

describe('usage errors: exit 2, one Vietnamese line, no stack trace', () => {
  it.each([
    [['dich'], 'baocao: Không có lệnh "dich". Các lệnh: validate, render, init, schema, sections, indicators. Xem: baocao --help\n'],
    [['validate', 'report.yaml', '--fromat', 'json'], 'baocao: Tuỳ chọn không có: --fromat. Xem: baocao validate --help\n'],
    [['validate', 'report.yaml', '--format', 'xml'], 'baocao: --format phải là một trong: text, json (nhận được "xml").\n'],
    [['validate'], 'baocao: Thiếu tệp báo cáo. Xem: baocao validate --help\n'],
    [['render', 'khong-co.yaml'], 'baocao: Không tìm thấy tệp báo cáo "khong-co.yaml".\n'],
    [['validate', 'notes.txt'], 'baocao: Không rõ định dạng của tệp báo cáo "notes.txt": dùng tệp .json, .yaml hoặc .yml.\n'],
    [['init', '--profile', 'profile.yaml', '--period', '2025-13'], 'baocao: --period "2025-13": tháng phải từ 01 đến 12.\n'],
    [['schema', '--section', 'khong-co'], 'baocao: Không có section "khong-co". Xem danh sách: baocao sections\n'],
    [['validate', 'report.yaml', '-', '-'], 'baocao: Chỉ đọc được đầu vào chuẩn (-) một lần.\n'],
  ])('%j', async (args, stderr) => {
    expect(await baocao(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('--debug adds the stack trace', async () => {
    const plain = await baocao(['validate', 'report.yaml', '--plugin', 'throwing-plugin.mjs']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('baocao: Không nạp được plugin "throwing-plugin.mjs": cấu hình plugin bị thiếu\n');
    const debug = await baocao(['validate', 'report.yaml', '--plugin', 'throwing-plugin.mjs', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^baocao: Không nạp được plugin "throwing-plugin.mjs": cấu hình plugin bị thiếu\nError: cấu hình plugin bị thiếu\n {4}at .*throwing-plugin\.mjs:2:7/);
  });
});

describe('colour', () => {
  it('none when the output is not a terminal', async () => {
    const r = await baocao(['validate', 'broken-total.yaml']);
    expect(r.stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR turns it on, NO_COLOR wins over it', async () => {
    const forced = await baocao(['validate', 'broken-total.yaml'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}31mlỗi${ESC}39m`);
    const both = await baocao(['validate', 'broken-total.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(both.stdout).not.toContain(ESC);
    expect(both.stdout).toBe(forced.stdout.replace(/\u001b\[\d+m/g, ''));
  });
});

describe('schema and sections', () => {
  it('schema prints the report JSON Schema', async () => {
    const r = await baocao(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['issueDate', 'period', 'body', 'signer', 'recipients']);
  });

  it('schema --section prints a section data schema, plugins included', async () => {
    const builtIn = JSON.parse((await baocao(['schema', '--section', 'nghien-cuu-khcn'])).stdout) as { title: string; properties: Record<string, unknown> };
    expect(builtIn.title).toBe('Công tác nghiên cứu khoa học và phát triển công nghệ');
    expect(Object.keys(builtIn.properties)).toContain('tasks');
    const own = await baocao(['schema', '--section', 'chuong-trinh-ocop', '--plugin', 'ocop-section.mjs']);
    expect(own.code).toBe(0);
    expect(JSON.parse(own.stdout)).toMatchObject({ title: 'Chương trình OCOP', description: 'Sản phẩm OCOP được hỗ trợ trong kỳ.', required: ['products'] });
  });

  it('sections lists id, title and period of validity', async () => {
    const r = await baocao(['sections']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('tham-muu                        Công tác tham mưu');
    expect(lines).toContain('chuyen-doi-so                   Công tác chuyển đổi số, ứng dụng công nghệ thông tin, giao dịch điện tử (áp dụng từ 01/03/2025)');
    const json = JSON.parse((await baocao(['sections', '--format', 'json', '--plugin', 'ocop-section.mjs'])).stdout) as { id: string }[];
    expect(json.at(-1)).toEqual({ id: 'chuong-trinh-ocop', title: 'Chương trình OCOP', appliesFrom: null, appliesUntil: null });
    expect(json.length).toBe(lines.length + 1);
  });
});
