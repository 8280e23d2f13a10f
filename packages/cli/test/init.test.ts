/** `baocao init`: a commented YAML skeleton that the clerk fills in and validates. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baocao, ROOT, scratch } from './helpers';

describe('init', () => {
  it('a skeleton for the period with every section the profile uses, commented in Vietnamese', async () => {
    const r = await baocao(['init', '--profile', 'examples/cli/profiles/lang-son-skhcn.json', '--period', '2025-9T'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '# Sở KH&CN Lạng Sơn — báo cáo định kỳ — 9 tháng đầu năm 2025.',
      '# Khung do "baocao init" tạo: điền số liệu, xoá những gì không dùng, rồi chạy',
      '#   baocao validate <tệp này>   và   baocao render <tệp này>',
      '# Chữ tiếng Việt viết trong dấu nháy kép. Danh sách trống viết [] ; mỗi ý một dòng bắt đầu bằng "- ".',
      '# ',
      '# Tệp profile của tỉnh, tính từ thư mục của tệp này.',
      '$profile: "examples/cli/profiles/lang-son-skhcn.json"',
    ]);
    expect(r.stdout).toContain('# Kỳ báo cáo (Nghị định 09/2019/NĐ-CP).\nperiod:\n  kind: "nine-months"\n  year: 2025\n');
    expect(r.stdout).toContain('    tasks:\n      # Tổng số\n      # Số đề tài, dự án (nhiệm vụ KH&CN) đang quản lý, theo dõi trong kỳ. — bắt buộc\n      total: 0\n');
    const data = parse(r.stdout) as { kind: string; issueDate: unknown; to: string[]; body: { part: string; content?: unknown[] }[]; sections: Record<string, unknown>; signer: unknown };
    expect(data.kind).toBe('bao-cao');
    expect(data.issueDate).toEqual({ year: 2025, month: 9 });
    expect(data.to).toEqual(['Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn']);
    expect(data.body.map((p) => p.part)).toEqual(['assessment', 'results', 'plans']);
    expect(data.body[1]?.content?.[1]).toEqual({ type: 'section', section: 'nghien-cuu-khcn' });
    // The areas the profile names (its section titles), in the library's order.
    expect(Object.keys(data.sections)).toEqual([
      'tham-muu', 'nghien-cuu-khcn', 'khoi-nghiep', 'thong-tin-thong-ke', 'tieu-chuan-do-luong-chat-luong',
      'thanh-tra', 'phap-che-cai-cach-hanh-chinh', 'hoat-dong-su-nghiep', 'ke-hoach-tai-chinh',
    ]);
    expect(data.signer).toEqual({ mode: 'direct', title: 'GIÁM ĐỐC', name: 'Nguyễn Thị Hà' });
  });

  it('filled in, the skeleton validates and renders', async () => {
    const dir = scratch();
    const r = await baocao(['init', '--profile', 'profile.yaml', '--period', '2025-Q3']);
    expect(r.code).toBe(0);
    // The test profile names no section: every section in force in the period is offered.
    expect(r.stdout).toContain('  chuyen-doi-so:\n');
    const filled = r.stdout
      .replace('$profile: "profile.yaml"', `$profile: ${JSON.stringify(join(ROOT, 'packages/cli/test/fixtures/profile.yaml'))}`)
      .replace(/- label: ""((?:\n\s+#[^\n]*)+\n\s+)count: 0((?:\n\s+#[^\n]*)+\n\s+)unit: ""/, '- label: "cân các loại"$1count: 3$2unit: "cái"');
    writeFileSync(join(dir, 'bao-cao.yaml'), filled);
    const check = await baocao(['validate', 'bao-cao.yaml'], { cwd: dir });
    expect(check.stdout.split('\n').filter((l) => l.includes(' lỗi '))).toEqual([]);
    expect(check.code).toBe(0);
    const out = await baocao(['render', 'bao-cao.yaml', '--md'], { cwd: dir });
    expect(out).toMatchObject({ code: 0, stdout: 'bao-cao.md\n' });
  });

  it("a plugin section's fields are commented with their title and description, as written", async () => {
    const r = await baocao(['init', '--profile', 'profile.yaml', '--period', '2025-Q3', '--plugin', 'ocop-section.mjs']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        '  # Chương trình OCOP: Sản phẩm OCOP được hỗ trợ trong kỳ.',
        '  chuong-trinh-ocop:',
        '    # Số sản phẩm OCOP được hỗ trợ trong kỳ. — bắt buộc',
        '    products: 0',
        '    # Hạng sao',
        '    # Số sao được công nhận, từ 3 đến 5.',
        '    stars: 3',
        '',
      ].join('\n'),
    );
  });

  it('--kind plan makes a KẾ HOẠCH skeleton issued the year before', async () => {
    const r = await baocao(['init', '--profile', 'profile.yaml', '--period', '2026', '--kind', 'plan']);
    const data = parse(r.stdout) as { kind: string; issueDate: unknown; period: unknown };
    expect(data).toMatchObject({ kind: 'ke-hoach', issueDate: { year: 2025 }, period: { kind: 'year', year: 2026 } });
  });

  it.each([
    [['init', '--profile', 'profile.yaml'], 'baocao: Thiếu --period (ví dụ 2025-06, 2025-Q2, 2025-H1, 2025-9T, 2025). Xem: baocao init --help\n'],
    [['init', '--period', '2025'], 'baocao: Thiếu --profile <tệp profile .json/.yaml>.\n'],
    [['init', '--profile', 'profile.yaml', '--period', 'quý 3'], 'baocao: --period "quý 3" không hợp lệ: dùng 2025-06, 2025-Q2, 2025-H1, 2025-9T hoặc 2025.\n'],
    [['init', '--profile', 'profile.yaml', '--period', '2025', '--kind', 'memo'], 'baocao: --kind phải là một trong: report, plan (nhận được "memo").\n'],
  ])('%j: exit 2', async (args, stderr) => {
    expect(await baocao(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});
