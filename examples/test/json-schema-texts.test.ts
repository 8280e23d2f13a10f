/**
 * Every field of the JSON Schema a form builder reads has a Vietnamese `title` and `description`: the report model
 * and the data of every built-in section, walked whole (`$defs` included).
 */
import { reportJsonSchema, sectionJsonSchema } from '@baocao-khcn/core';
import { allSections } from '@baocao-khcn/sections';
import { describe, expect, it } from 'vitest';

type Schema = { [key: string]: unknown };

/** Keywords whose value is data, not a schema. */
const DATA_KEYWORDS = new Set(['const', 'default', 'enum', 'examples', 'required', 'title', 'description', 'pattern', 'type', '$ref', '$schema']);

/** Every property of `schema` (nested, in `$defs`, under `anyOf`/`oneOf`/`items` …) with its JSON Pointer. */
function* propertiesOf(schema: unknown, pointer = '#'): Generator<[string, Schema]> {
  if (Array.isArray(schema)) {
    for (const [i, item] of schema.entries()) yield* propertiesOf(item, `${pointer}/${i}`);
    return;
  }
  if (schema === null || typeof schema !== 'object') return;
  for (const [key, value] of Object.entries(schema)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (key !== 'properties') {
      yield* propertiesOf(value, `${pointer}/${key}`);
      continue;
    }
    for (const [name, property] of Object.entries(value as Record<string, Schema>)) {
      yield [`${pointer}/properties/${name}`, property];
      yield* propertiesOf(property, `${pointer}/properties/${name}`);
    }
  }
}

/** The title and description of a property: its own, else those of the `$defs` entry it refers to. */
function textsOf(property: Schema, root: Schema): { title?: unknown; description?: unknown } {
  const ref = property['$ref'];
  const target = typeof ref === 'string' ? ((root['$defs'] as Record<string, Schema>)[ref.replace('#/$defs/', '')] ?? {}) : {};
  return { title: property['title'] ?? target['title'], description: property['description'] ?? target['description'] };
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** English words that give away an untranslated text (Vietnamese text never uses them outside quotes). */
const ENGLISH_WORD = /\b(the|of|and|or|is|are|was|with|when|for|from|by|as|be|this|that|which|written|default|must|each|its|if|not|none|should|used|whose|issued|number|date|value|e\.g)\b/iu;
/** Quoted values, code and placeholders: `"footnote"`, `` `sectionJsonSchema` ``, `<mã lĩnh vực>`. */
const QUOTED = /"[^"]*"|`[^`]*`|<[^>]*>/gu;

/** What is wrong with a title or description, or undefined when it is a Vietnamese text. */
function problemOf(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'thiếu';
  if (text !== text.normalize('NFC')) return 'không ở dạng NFC';
  const prose = text.replace(QUOTED, '');
  if (!VIETNAMESE_LETTER.test(prose)) return 'không có chữ tiếng Việt';
  const english = ENGLISH_WORD.exec(prose);
  return english === null ? undefined : `có từ tiếng Anh "${english[1]}"`;
}

/** `pointer: title/description: problem` for every property whose texts are not Vietnamese. */
function untranslated(root: Schema): string[] {
  const out: string[] = [];
  for (const [pointer, property] of propertiesOf(root)) {
    const texts = textsOf(property, root);
    for (const key of ['title', 'description'] as const) {
      const problem = problemOf(texts[key]);
      if (problem !== undefined) out.push(`${pointer}: ${key}: ${problem}`);
    }
  }
  return out;
}

describe('JSON Schema texts: a Vietnamese title and description on every field', () => {
  it('the check finds a field without texts, an English one, one with no Vietnamese letter, and reads through $ref', () => {
    const root = {
      properties: {
        ok: { title: 'Kỳ báo cáo', description: 'Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP, ví dụ "nine-months".' },
        bare: { type: 'string' },
        english: { title: 'Ngày', description: 'Ngày ban hành, written as "YYYY-MM-DD".' },
        ascii: { title: 'Tong so', description: 'Tong so "đơn vị".' },
        ref: { $ref: '#/$defs/Named' },
      },
      $defs: { Named: { title: 'Có tên', description: 'Mô tả dùng cho mọi chỗ tham chiếu.', properties: { inner: { title: 'Bên trong', description: 'Mô tả of the field.' } } } },
    };
    expect(untranslated(root)).toEqual([
      '#/properties/bare: title: thiếu',
      '#/properties/bare: description: thiếu',
      '#/properties/english: description: có từ tiếng Anh "written"',
      '#/properties/ascii: title: không có chữ tiếng Việt',
      '#/properties/ascii: description: không có chữ tiếng Việt',
      '#/$defs/Named/properties/inner: description: có từ tiếng Anh "of"',
    ]);
  });

  it('the report model: every property, $defs included', () => {
    const schema = reportJsonSchema();
    expect([...propertiesOf(schema)].length).toBeGreaterThan(100);
    expect(untranslated(schema)).toEqual([]);
  });

  it.each(allSections.map((s) => [s.id, s] as const))('the data of %s', (_id, section) => {
    const schema = sectionJsonSchema(section);
    expect(Object.keys(schema['properties'] as object).length).toBeGreaterThan(0);
    expect(untranslated(schema)).toEqual([]);
  });

  it('the report with every built-in section: one $defs entry per section id, titled like the section', () => {
    const schema = reportJsonSchema({ sections: allSections }) as Schema & { $defs: Record<string, Schema>; properties: Record<string, Schema> };
    expect(Object.keys(schema.$defs).filter((k) => /^[a-z]+(-[a-z]+)*$/.test(k))).toEqual(allSections.map((s) => s.id));
    expect(schema.$defs['tham-muu']).toMatchObject({ title: 'Công tác tham mưu', type: 'object' });
    expect((schema.properties['sections']?.['properties'] as Record<string, unknown>)['nghien-cuu-khcn']).toEqual({
      $ref: '#/$defs/nghien-cuu-khcn',
      title: 'Công tác nghiên cứu khoa học và phát triển công nghệ',
      description: 'Nghiên cứu khoa học và phát triển công nghệ: quản lý, nghiệm thu, kiểm tra, tuyển chọn các nhiệm vụ KH&CN.',
    });
    expect(untranslated(schema)).toEqual([]);
  });

  it('a field reads as a form label: the period, a section figure', () => {
    const report = reportJsonSchema() as { properties: Record<string, Schema> };
    expect(report.properties['period']).toEqual({ title: 'Kỳ báo cáo', description: 'Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP, hoặc kỳ tự chọn.', $ref: '#/$defs/Period' });
    const research = sectionJsonSchema(allSections.find((s) => s.id === 'nghien-cuu-khcn') as (typeof allSections)[number]) as { properties: Record<string, Schema> };
    expect(research.properties['accepted']).toEqual({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, title: 'Nghiệm thu', description: 'Số nhiệm vụ được nghiệm thu trong kỳ.' });
  });
});
