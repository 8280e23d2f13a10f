import type { z } from 'zod';
import { formatNumber } from '../format/format-number';

/** Vietnamese names of the types the model expects. */
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách (mảng)',
  object: 'đối tượng',
  record: 'đối tượng',
  tuple: 'danh sách (mảng)',
  date: 'ngày',
  null: 'null',
  undefined: 'không có giá trị',
  nan: 'NaN',
};

const UNITS: Record<string, string> = { string: 'ký tự', array: 'phần tử', set: 'phần tử', map: 'phần tử', file: 'byte' };

/** The type of a value as the message names it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return TYPE_NAMES['array'] as string;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isInteger(value) ? 'số nguyên' : 'số';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** A value as the message quotes it: strings in quotes, numbers the Vietnamese way. */
function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return typeOf(value);
}

const list = (values: readonly unknown[]): string =>
  values.length <= 1 ? values.map(show).join('') : `${values.slice(0, -1).map(show).join(', ')} hoặc ${show(values.at(-1))}`;

/**
 * How a message about a missing value starts; the diagnostic names the field (`Thiếu trường bắt buộc "issueDate"`),
 * as only the full path knows it.
 */
export const MISSING = 'Thiếu giá trị';

/** A message about a missing value at `path`, naming the field. */
export function namingField(message: string, path: readonly (string | number)[]): string {
  const field = path.at(-1);
  return typeof field === 'string' && message.startsWith(MISSING) ? `Thiếu trường bắt buộc "${field}"${message.slice(MISSING.length)}` : message;
}

type Issue = z.core.$ZodRawIssue;

/**
 * The Vietnamese message of a schema issue: which field is missing, which type or which values are allowed and what
 * was given. Passed per parse (`safeParse(value, { error: vietnameseError })`), never as global zod config; a message
 * a schema sets itself (a refinement's, a regex's) comes first.
 *
 * @example
 * // { period: { kind: 'half', year: 2023, half: 3 } } → 'Phải là 1 hoặc 2 (nhận được 3).'
 * // {} (no issueDate)                                → 'Thiếu trường bắt buộc "issueDate".'
 * // { period: { kind: 'quarter', year: 2023 } }      → 'Thiếu trường bắt buộc "quarter" (phải là 1, 2, 3 hoặc 4).'
 */
export function vietnameseError(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `${MISSING} (phải là ${expected}).`;
      return `Phải là ${expected}, không phải ${typeOf(issue.input)}${typeof issue.input === 'object' ? '' : ` (${show(issue.input)})`}.`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `${MISSING} (phải là ${list(issue.values)}).`;
      return `Phải là ${list(issue.values)} (nhận được ${show(issue.input)}).`;
    case 'too_small': {
      const unit = UNITS[issue.origin];
      const min = formatNumber(Number(issue.minimum));
      if (unit !== undefined) return issue.minimum === 1 && unit === 'ký tự' ? 'Không được để trống.' : `Phải có ít nhất ${min} ${unit}.`;
      return `Phải ${issue.inclusive ? 'lớn hơn hoặc bằng' : 'lớn hơn'} ${min} (nhận được ${show(issue.input)}).`;
    }
    case 'too_big': {
      const unit = UNITS[issue.origin];
      const max = formatNumber(Number(issue.maximum));
      if (unit !== undefined) return `Chỉ được có tối đa ${max} ${unit}.`;
      return `Phải ${issue.inclusive ? 'nhỏ hơn hoặc bằng' : 'nhỏ hơn'} ${max} (nhận được ${show(issue.input)}).`;
    }
    case 'invalid_format':
      return `Không đúng định dạng ${issue.format === 'regex' ? `(mẫu ${String(issue.pattern)})` : issue.format} (nhận được ${show(issue.input)}).`;
    case 'not_multiple_of':
      return `Phải là bội số của ${formatNumber(Number(issue.divisor))} (nhận được ${show(issue.input)}).`;
    case 'unrecognized_keys':
      return `Không có trường ${issue.keys.map((k) => `"${k}"`).join(', ')} trong mô hình dữ liệu.`;
    case 'invalid_key':
      return 'Khóa không hợp lệ.';
    case 'invalid_element':
      return 'Phần tử không hợp lệ.';
    case 'invalid_union': {
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0) {
        const field = String(issue['discriminator'] ?? 'type');
        const given = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[field] : issue.input;
        return given === undefined
          ? `${MISSING} (phải là ${list(issue.options)}).`
          : `Phải là ${list(issue.options)} (nhận được ${show(given)}).`;
      }
      return unionMessage(issue.errors as readonly (readonly z.core.$ZodIssue[])[], issue.input);
    }
    default:
      return undefined;
  }
}

/** A union none of whose branches fits: the values allowed when they are literals, else the shapes allowed. */
function unionMessage(branches: readonly (readonly z.core.$ZodIssue[])[], input: unknown): string {
  const own = branches.map((issues) => issues.filter((i) => i.path.length === 0));
  if (own.every((issues) => issues.length > 0 && issues.every((i) => i.code === 'invalid_value'))) {
    const values = own.flatMap((issues) => issues.flatMap((i) => (i.code === 'invalid_value' ? i.values : [])));
    if (input === undefined) return `${MISSING} (phải là ${list([...new Set(values)])}).`;
    return `Phải là ${list([...new Set(values)])} (nhận được ${show(input)}).`;
  }
  const expected = [...new Set(own.flatMap((issues) => issues.flatMap((i) => (i.code === 'invalid_type' ? [TYPE_NAMES[i.expected] ?? i.expected] : []))))];
  if (input === undefined) return expected.length > 0 ? `${MISSING} (phải là ${expected.join(' hoặc ')}).` : `${MISSING}.`;
  if (expected.length > 0) return `Phải là ${expected.join(' hoặc ')}, không phải ${typeOf(input)}${typeof input === 'object' ? '' : ` (${show(input)})`}.`;
  return `Giá trị ${show(input)} không khớp dạng nào được phép.`;
}
