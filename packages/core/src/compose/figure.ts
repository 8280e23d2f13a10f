import { formatCount, formatNumber, formatPercent } from '../format';
import type { Figure } from '../model/rich-text';

/**
 * The text of a figure, through the Vietnamese formatters.
 *
 * @example
 * formatFigure({ type: 'figure', value: 5, format: 'count', unit: 'đề tài' }) // '05 đề tài'
 * formatFigure({ type: 'figure', value: 6, format: 'count', of: 9, unit: 'mẫu' }) // '06/09 mẫu'
 * formatFigure({ type: 'figure', value: 60.38, format: 'percent' }) // '60,38%'
 * formatFigure({ type: 'figure', value: 45998409, format: 'money', words: 'Bốn mươi lăm triệu…' }) // '45.998.409 đồng (Bốn mươi lăm triệu…)'
 */
export function formatFigure(figure: Figure): string {
  try {
    return formatFigureStrict(figure);
  } catch {
    // Values the formatters refuse (1e300, -1 as a count, 2^53) were reported by the figure checks;
    // the document still shows what was given.
    const unit = figure.unit ?? (figure.format === 'money' ? 'đồng' : undefined);
    return `${String(figure.value)}${figure.of === undefined ? '' : `/${String(figure.of)}`}${unit ? ` ${unit}` : ''}${figure.words ? ` (${figure.words})` : ''}`;
  }
}

function formatFigureStrict(figure: Figure): string {
  const value = Number.isFinite(figure.value) ? figure.value : 0;
  let text: string;
  switch (figure.format) {
    case 'count':
      text = Number.isInteger(value) && value >= 0 ? formatCount(value) : formatNumber(value);
      if (figure.of !== undefined) text += `/${formatCount(figure.of)}`;
      break;
    case 'percent':
      text = formatPercent(value, figure.decimals === undefined ? undefined : { decimals: figure.decimals });
      break;
    case 'money':
      text = formatNumber(value, figure.decimals === undefined ? undefined : { decimals: figure.decimals });
      break;
    default:
      text = formatNumber(value, figure.decimals === undefined ? undefined : { decimals: figure.decimals });
      if (figure.of !== undefined) text += `/${formatNumber(figure.of)}`;
  }
  const unit = figure.unit ?? (figure.format === 'money' ? 'đồng' : undefined);
  if (unit) text += ` ${unit}`;
  if (figure.words) text += ` (${figure.words})`;
  return text;
}
