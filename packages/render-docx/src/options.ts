import type { Diagnostic, DiagnosticCode } from '@baocao-khcn/core';
import { cmToTwips, halfPoints, mmToTwips, ND30, type Range } from './style';

/**
 * Options of `renderDocx`. Every value is optional; out-of-range values are clamped into the
 * ND 30 range and reported through `onDiagnostic` (see {@link checkDocxOptions}).
 *
 * @example
 * ```ts
 * const options: DocxOptions = {
 *   margins: { top: 20, bottom: 20, left: 30, right: 15 }, // mm
 *   fontSize: 13,
 *   firstLineIndentCm: 1,
 *   lineSpacing: 1.15,
 *   date: '2022-09-20',
 *   onDiagnostic: (d) => console.warn(d.code, d.message),
 * };
 * ```
 */
export type DocxOptions = {
  /** Page margins in mm: top/bottom 20–25, left 30–35, right 15–20. Default 20/20/30/15. */
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
  /** Body text size in pt, 13–14. Default 14. */
  fontSize?: number;
  /** First-line indent of body paragraphs in cm, 1–1.27. Default 1.27. */
  firstLineIndentCm?: number;
  /** Line spacing as a multiple of single, 1–1.5. Default 1.15. */
  lineSpacing?: number;
  /**
   * Created/modified date written in the document properties. Default: the tree's `meta.date`, else
   * 2000-01-01T00:00:00Z — never the current time, so identical input gives identical bytes.
   */
  date?: Date | string;
  /** Receives each diagnostic (Vietnamese message) found while rendering. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
};

/** Options resolved into twips and half-points. */
export type Layout = {
  margins: { top: number; bottom: number; left: number; right: number };
  /** Body size in pt. */
  bodySize: number;
  firstLineTwips: number;
  /** Line spacing in 240ths of a line (`w:line`, rule auto). */
  lineTwips: number;
};

type Side = 'top' | 'bottom' | 'left' | 'right';
const SIDE_NAMES: Record<Side, string> = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' };

function vn(n: number): string {
  return String(n).replace('.', ',');
}

/** Checks one numeric option; returns the value to use and pushes a diagnostic when it had to change. */
function checkRange(
  value: unknown,
  range: Range,
  path: (string | number)[],
  out: Diagnostic[],
  describe: { code: DiagnosticCode; what: string; unit: string },
): number {
  if (value === undefined) return range.default;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    out.push({
      code: 'docx/option-type',
      severity: 'error',
      path,
      message: `${describe.what} phải là một số; dùng giá trị mặc định ${vn(range.default)}${describe.unit}.`,
    });
    return range.default;
  }
  if (value < range.min || value > range.max) {
    const used = Math.min(range.max, Math.max(range.min, value));
    out.push({
      code: describe.code,
      severity: 'warning',
      path,
      message:
        `${describe.what} ${vn(value)}${describe.unit} nằm ngoài khoảng ${vn(range.min)}–${vn(range.max)}${describe.unit} ` +
        `theo Nghị định 30/2020/NĐ-CP; dùng ${vn(used)}${describe.unit}.`,
    });
    return used;
  }
  return value;
}

function resolve(options: DocxOptions | undefined, out: Diagnostic[]): Layout {
  const o = options ?? {};
  const m = o.margins ?? {};
  const margin = (side: Side): number =>
    mmToTwips(
      checkRange(m[side], ND30.margins[side], ['options', 'margins', side], out, {
        code: 'docx/margin-range',
        what: `Lề ${SIDE_NAMES[side]}`,
        unit: ' mm',
      }),
    );
  const margins = { top: margin('top'), bottom: margin('bottom'), left: margin('left'), right: margin('right') };
  const bodySize = checkRange(o.fontSize, ND30.body.size, ['options', 'fontSize'], out, {
    code: 'docx/font-size-range',
    what: 'Cỡ chữ',
    unit: ' pt',
  });
  const indentCm = checkRange(o.firstLineIndentCm, ND30.body.firstLineIndentCm, ['options', 'firstLineIndentCm'], out, {
    code: 'docx/indent-range',
    what: 'Thụt đầu dòng',
    unit: ' cm',
  });
  const spacing = checkRange(o.lineSpacing, ND30.body.lineSpacing, ['options', 'lineSpacing'], out, {
    code: 'docx/line-spacing-range',
    what: 'Giãn dòng',
    unit: ' lần',
  });
  if (o.date !== undefined && resolveDate(o.date) === undefined) {
    out.push({
      code: 'docx/date-invalid',
      severity: 'warning',
      path: ['options', 'date'],
      message: `Ngày "${String(o.date)}" không hợp lệ; dùng ngày của văn bản hoặc ${ND30.defaultDate.slice(0, 10)}.`,
    });
  }
  return {
    margins,
    bodySize: halfPoints(bodySize) / 2,
    firstLineTwips: cmToTwips(indentCm),
    lineTwips: Math.round(spacing * 240),
  };
}

/** A date option as a `Date`, or undefined when it is not a valid date. */
export function resolveDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Checks render options against the ND 30 ranges. Returns the diagnostics (Vietnamese messages);
 * `renderDocx` reports the same ones through `onDiagnostic` and clamps the values.
 *
 * Codes: `docx/margin-range`, `docx/font-size-range`, `docx/indent-range`,
 * `docx/line-spacing-range` (warnings: the value was clamped), `docx/option-type` (error: not a
 * number, the default is used), `docx/date-invalid` (warning).
 *
 * @example
 * ```ts
 * checkDocxOptions({ margins: { left: 25 } });
 * // [{ code: 'docx/margin-range', severity: 'warning', path: ['options', 'margins', 'left'],
 * //    message: 'Lề trái 25 mm nằm ngoài khoảng 30–35 mm theo Nghị định 30/2020/NĐ-CP; dùng 30 mm.' }]
 * ```
 */
export function checkDocxOptions(options?: DocxOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  resolve(options, out);
  return out;
}

/** Resolves options into a layout, collecting the diagnostics. */
export function resolveLayout(options: DocxOptions | undefined): { layout: Layout; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const layout = resolve(options, diagnostics);
  return { layout, diagnostics };
}
