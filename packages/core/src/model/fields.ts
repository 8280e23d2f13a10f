import { z } from 'zod';

/**
 * Fields that many shapes of the model share, each with its Vietnamese `title` and `description` (the JSON Schema
 * of the model carries them to form builders): the `type` tag of a node, and emphasis.
 */

/**
 * The `type` tag of a node of the model, described for forms.
 *
 * @example
 * typeTag('list', 'danh sách gạch đầu dòng') // z.literal('list') titled "Loại"
 */
export function typeTag<T extends string>(type: T, what: string) {
  return z.literal(type).meta({ title: 'Loại', description: `Luôn là "${type}": ${what}.` });
}

/** Bold and italic, optional. */
export const emphasisShape = {
  bold: z.boolean().optional().meta({ title: 'In đậm', description: 'In chữ đậm.' }),
  italic: z.boolean().optional().meta({ title: 'In nghiêng', description: 'In chữ nghiêng.' }),
};
