/** `baocao render`: the seed examples byte for byte, overwrite rules, --docx/--md, plugins, reports with errors. */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeReport } from '@baocao-khcn/core';
import { renderDocx } from '@baocao-khcn/render-docx';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { describe, expect, it } from 'vitest';
import { examples } from '../../../examples/registry';
import { baocao, FIXTURES, ROOT, scratch } from './helpers';

describe('the seed examples from their JSON files', () => {
  it('the JSON profile of Lạng Sơn reproduces seed 000 byte for byte (.docx and .md)', async () => {
    const out = scratch();
    const r = await baocao(['render', 'examples/cli/000-lang-son-9-thang-2022.json', '-o', out], { cwd: ROOT });
    expect(r).toMatchObject({ code: 0, stdout: `${join(out, '000-lang-son-9-thang-2022.docx')}\n${join(out, '000-lang-son-9-thang-2022.md')}\n` });
    const ex = examples.find((e) => e.id === '000-lang-son-9-thang-2022')!;
    const { document } = composeReport(ex.input, { profile: ex.profile, sections: ex.sections });
    expect(Buffer.compare(readFileSync(join(out, '000-lang-son-9-thang-2022.docx')), Buffer.from(await renderDocx(document)))).toBe(0);
    expect(readFileSync(join(out, '000-lang-son-9-thang-2022.md'), 'utf8')).toBe(renderMarkdown(document));
  });

  it('all five render in one command, each with the profile its file names', async () => {
    const out = scratch();
    const files = examples.filter((e) => e.seed).map((e) => `examples/cli/${e.id}.json`);
    const r = await baocao(['render', ...files, '-o', out, '--docx'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.baocao-output.json', ...examples.filter((e) => e.seed).map((e) => `${e.id}.docx`)]);
    // Warnings are printed, the documents are still written.
    expect(r.stderr).toContain('examples/cli/001-lang-son-6-thang-2021.json:349:32: cảnh báo figure/breakdown-sum tại body[1].content[4].data.results[0][1].breakdown: Tổng các thành phần (4) khác số liệu tổng (9).');
  });
});

describe('writing', () => {
  it('writes .docx and .md by default, only one with --docx or --md; prints each file', async () => {
    const out = scratch();
    expect(await baocao(['render', 'report.yaml', '-o', out, '--md'])).toEqual({ code: 0, stdout: `${join(out, 'report.md')}\n`, stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['.baocao-output.json', 'report.md']);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025');
    expect(md).toContain('| Số: 07/BC-SKHCN | *Thử, ngày 06 tháng 10 năm 2025* |');
    const both = await baocao(['render', join(FIXTURES, 'report.yaml')], { cwd: out });
    expect(both).toEqual({ code: 0, stdout: 'report.docx\nreport.md\n', stderr: '' });
  });

  it('overwrites its own output, refuses a file it did not write or that was edited, unless --force', async () => {
    const out = scratch();
    expect((await baocao(['render', 'report.yaml', '-o', out])).code).toBe(0);
    expect((await baocao(['render', 'report.yaml', '-o', out])).code).toBe(0);
    writeFileSync(join(out, 'report.md'), 'sửa tay\n');
    const refused = await baocao(['render', 'report.yaml', '-o', out]);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `baocao: Không ghi đè tệp không do baocao tạo ra (hoặc đã bị sửa sau khi tạo); thêm --force để ghi đè:\n  - ${join(out, 'report.md')}\n`,
    });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('sửa tay\n');
    expect((await baocao(['render', 'report.yaml', '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('# BÁO CÁO');
    const foreign = scratch();
    writeFileSync(join(foreign, 'report.docx'), 'not ours');
    expect((await baocao(['render', 'report.yaml', '-o', foreign, '--docx'])).code).toBe(2);
  });

  it('a report with errors is not written: exit 1, its diagnostics on stderr', async () => {
    const out = scratch();
    const r = await baocao(['render', 'report.yaml', 'broken-total.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${join(out, 'report.docx')}\n${join(out, 'report.md')}\n`);
    expect(r.stderr).toBe(
      'broken-total.yaml:11:20: lỗi schema/invalid_type tại body[0].content[0].data.tasks.total: Phải là số, không phải chuỗi ký tự ("năm").\n' +
        'broken-total.yaml: không xuất vì có lỗi (1 lỗi, 0 cảnh báo, 0 gợi ý).\n',
    );
    expect(readdirSync(out).sort()).toEqual(['.baocao-output.json', 'report.docx', 'report.md']);
  });

  it('two inputs that would write the same file: exit 2 before anything is written', async () => {
    const dir = scratch();
    cpSync(FIXTURES, join(dir, 'a'), { recursive: true });
    cpSync(FIXTURES, join(dir, 'b'), { recursive: true });
    const r = await baocao(['render', 'a/report.yaml', 'b/report.yaml', '-o', 'out'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'baocao: Hai báo cáo cùng cho ra văn bản "report": đổi tên một tệp, hoặc xuất vào hai thư mục.\n' });
  });
});

describe('--plugin', () => {
  it('loads a province section from an ES module and renders it', async () => {
    const out = scratch();
    const r = await baocao(['render', 'report-ocop.yaml', '--plugin', './ocop-section.mjs', '-o', out, '--md']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'report-ocop.md'), 'utf8')).toContain('### 1. Chương trình OCOP\n\nHỗ trợ 12 sản phẩm OCOP đạt 4 sao.\n');
  });

  it("the plugin's own checks and schema apply", async () => {
    const r = await baocao(['validate', '-', '--plugin', 'ocop-section.mjs', '--profile', 'profile.yaml'], {
      input: readFileSync(join(FIXTURES, 'report-ocop.yaml'), 'utf8').replace('products: 12', 'products: 120'),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '(stdin):9:27: lỗi chuong-trinh-ocop/too-many tại body[0].content[0].data.products: Số sản phẩm OCOP (120) vượt chỉ tiêu của tỉnh (100).\n(stdin): 1 lỗi, 0 cảnh báo, 0 gợi ý\n',
    );
  });

  it('without the plugin, the section is unknown to the report (exit 1 with its place)', async () => {
    const r = await baocao(['validate', 'report-ocop.yaml']);
    expect(r).toEqual({
      code: 1,
      stdout: 'report-ocop.yaml:8:18: lỗi section/unknown tại body[0].content[0].section: Không có section plugin "chuong-trinh-ocop" trong cấu hình báo cáo.\nreport-ocop.yaml: 1 lỗi, 0 cảnh báo, 0 gợi ý\n',
      stderr: '',
    });
  });

  it('a module without sections, a missing module or a clash of ids: exit 2', async () => {
    expect(await baocao(['sections', '--plugin', 'empty-plugin.mjs'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'baocao: Plugin "empty-plugin.mjs" không xuất (export) section nào: cần export default hoặc export có tên là kết quả của defineSection.\n',
    });
    expect((await baocao(['sections', '--plugin', 'khong-co.mjs'])).stderr).toBe('baocao: Không tìm thấy plugin "khong-co.mjs".\n');
    expect((await baocao(['sections', '--plugin', 'ocop-section.mjs', '--plugin', 'ocop-section.mjs'])).stderr).toBe(
      'baocao: Plugin "ocop-section.mjs": section "chuong-trinh-ocop" trùng id với plugin "ocop-section.mjs".\n',
    );
  });
});
