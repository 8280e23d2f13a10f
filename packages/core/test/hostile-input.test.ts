import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composeReport, defineSection, isComposeError, validateReport, type Diagnostic } from '@baocao-khcn/core';
import { counting, profile, sampleInput } from './fixtures';

const projects = defineSection({
  id: 'du-an',
  title: 'Dự án',
  schema: z.object({ projects: z.array(z.object({ name: z.string(), amount: z.number(), words: z.string().optional() })) }),
  // The names go into a generated table; the words into generated figures.
  results: (data) => [
    { type: 'table', columns: [{ title: 'Tên' }], rows: data.projects.map((p) => [`Dự án: ${p.name}`]) },
    ...data.projects.filter((p) => p.words !== undefined).map((p) => [{ type: 'figure' as const, value: p.amount, format: 'money' as const, unit: 'đồng', words: p.words }]),
  ],
});
const options = { profile, sections: [counting, projects] };

function composeError(input: unknown): Diagnostic[] {
  try {
    composeReport(input, options);
  } catch (error) {
    if (isComposeError(error)) return error.diagnostics;
    throw error;
  }
  throw new Error('composed');
}

describe('exotic objects are read once, defensively (issue 20.2)', () => {
  const cases: [string, string[], () => unknown][] = [
    ['a throwing getter', ['signer.name'], () => {
      const input = sampleInput() as any;
      Object.defineProperty(input.signer, 'name', { enumerable: true, get: () => { throw new Error('ORM: session closed'); } });
      return input;
    }],
    ['a Proxy whose get trap throws', ['signer.mode', 'signer.for', 'signer.title', 'signer.name'], () => {
      const input = sampleInput() as any;
      input.signer = new Proxy(input.signer, { get: () => { throw new Error('ORM: session closed'); } });
      return input;
    }],
    ['a Proxy whose ownKeys trap throws', ['signer'], () => {
      const input = sampleInput() as any;
      input.signer = new Proxy(input.signer, { ownKeys: () => { throw new Error('ORM: session closed'); } });
      return input;
    }],
    ['a revoked Proxy', ['signer'], () => {
      const input = sampleInput() as any;
      const { proxy, revoke } = Proxy.revocable(input.signer, {});
      revoke();
      input.signer = proxy;
      return input;
    }],
  ];
  for (const [name, paths, make] of cases) {
    it(`${name}: input/unreadable at its path, and a ComposeError`, () => {
      const diagnostics = validateReport(make(), options);
      expect(diagnostics.map((d) => [d.code, d.severity, d.path.join('.')])).toEqual(paths.map((p) => ['input/unreadable', 'error', p]));
      expect(diagnostics[0]!.message).toMatch(/^Không đọc được giá trị tại signer/);
      expect(composeError(make())).toEqual(diagnostics);
    });
  }

  it('names the exact property of a throwing getter', () => {
    const input = sampleInput() as any;
    Object.defineProperty(input.body[1].content[1].data, 'done', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expect(validateReport(input, options)).toEqual([
      { code: 'input/unreadable', severity: 'error', path: ['body', 1, 'content', 1, 'data', 'done'], message: 'Không đọc được giá trị tại body[1].content[1].data.done: boom' },
    ]);
  });

  it('reads each property once (a getter with side effects sees one read)', () => {
    const input = sampleInput() as any;
    let reads = 0;
    Object.defineProperty(input.signer, 'name', { enumerable: true, get: () => { reads++; return 'Nguyễn Thị Hà'; } });
    expect(validateReport(input, options)).toEqual([]);
    expect(reads).toBe(1);
    composeReport(input, options);
    expect(reads).toBe(2);
  });
});

describe('paths of text and figures made by a section (issues 20.3, 15.4)', () => {
  it('text/forbidden-char points at the input string, not at the generated table', () => {
    const input = sampleInput() as any;
    input.body[1].content.push({ type: 'section', section: 'du-an', data: { projects: [{ name: 'A', amount: 1 }, { name: 'B\u0007', amount: 2 }] } });
    const found = validateReport(input, options).filter((d) => d.code === 'text/forbidden-char');
    expect(found.map((d) => d.path)).toEqual([['body', 1, 'content', 2, 'data', 'projects', 1, 'name']]);
  });

  it('text/forbidden-char for every string of the input, printed or not, once each at its own path', () => {
    const input = sampleInput() as any;
    // Printed: a paragraph; not printed: shared data of a section no block uses, a figure's breakdown label, an
    // unknown field (dropped with its own warning); printed twice: shared data used by two blocks.
    input.body[0].content.push('Đoạn văn\u0001');
    input.body[0].content.push(['Có ', { type: 'figure', value: 3, breakdown: [{ label: 'nông\uFFFF nghiệp', value: 3 }] }, ' hồ sơ.']);
    input.sections = { 'du-an': { projects: [{ name: 'Dự án\u0007', amount: 1 }] }, 'dem-thu': { done: 1, note: 'x\u0080' } };
    input.body[1].content.push({ type: 'section', section: 'du-an' }, { type: 'section', section: 'du-an' });
    input.signer.nickname = 'y\uFDD0';
    const found = validateReport(input, options).filter((d) => d.code === 'text/forbidden-char');
    expect(found.map((d) => d.path)).toEqual([
      ['body', 0, 'content', 1],
      ['body', 0, 'content', 2, 1, 'breakdown', 0, 'label'],
      ['signer', 'nickname'],
      ['sections', 'du-an', 'projects', 0, 'name'],
      ['sections', 'dem-thu', 'note'],
    ]);
    expect(found[0]).toEqual({ code: 'text/forbidden-char', severity: 'warning', path: ['body', 0, 'content', 1], message: 'Văn bản có ký tự điều khiển hoặc ký tự không hợp lệ; các ký tự này bị loại bỏ khi xuất.' });
  });

  it('money words of a generated figure are checked at the words field of the data', () => {
    const input = sampleInput() as any;
    input.sections = { 'du-an': { projects: [{ name: 'A', amount: 1000, words: 'Hai nghìn đồng' }] } };
    input.body[1].content.push({ type: 'section', section: 'du-an' });
    const found = validateReport(input, options).filter((d) => d.code.startsWith('money/'));
    expect(found.map((d) => [d.code, d.path])).toEqual([['money/words-mismatch', ['sections', 'du-an', 'projects', 0, 'words']]]);
  });
});

describe('the history option is read once too, with paths into it (issues 20.2, 15.4)', () => {
  const withHistory = (history: unknown) => ({ ...options, history: history as unknown[] });
  const cases: [string, unknown[], () => unknown][] = [
    ['a throwing getter in an entry', [['history', 1, 'period']], () => {
      const entry = {};
      Object.defineProperty(entry, 'period', { enumerable: true, get: () => { throw new Error('ORM: session closed'); } });
      return [sampleInput(), entry];
    }],
    ['a revoked Proxy as an entry', [['history', 0]], () => {
      const { proxy, revoke } = Proxy.revocable(sampleInput(), {});
      revoke();
      return [proxy];
    }],
    ['a revoked Proxy as the history', [['history']], () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      return proxy;
    }],
    ['a Proxy whose get trap throws as the history', [['history']], () => new Proxy([sampleInput()], { get: () => { throw new Error('ORM: session closed'); } })],
  ];
  for (const [name, paths, make] of cases) {
    it(`${name}: input/unreadable at its path, and a ComposeError`, () => {
      const diagnostics = validateReport(sampleInput(), withHistory(make()));
      expect(diagnostics.map((d) => [d.code, d.path])).toEqual(paths.map((p) => ['input/unreadable', p]));
      expect(diagnostics[0]!.message).toMatch(/^Không đọc được giá trị tại history/);
      let thrown: unknown;
      try {
        composeReport(sampleInput(), withHistory(make()));
      } catch (error) {
        thrown = error;
      }
      expect(isComposeError(thrown) && thrown.diagnostics).toEqual(diagnostics);
    });
  }

  it('an entry that is no report is skipped with a warning at ["history", i]; a history that is no list at ["history"]', () => {
    const asking = sampleInput() as any;
    asking.opening = [['Có ', { type: 'figure', value: 3, indicator: 'dem/done', show: ['cumulative'] }, '.']];
    const invalid = (history: unknown) => validateReport(asking, withHistory(history)).filter((d) => d.code === 'series/invalid-history').map((d) => d.path);
    expect(invalid([sampleInput(), null, 7])).toEqual([['history', 1], ['history', 2]]);
    expect(invalid('x')).toEqual([['history']]);
  });
});
