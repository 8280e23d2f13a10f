import type { z } from 'zod';
import type { SectionBlockOf, SectionLike } from '../model/blocks';
import type { RichTextInput } from '../model/rich-text';

/** How a section block is placed: a title of its own, or no heading. */
export type SectionBlockOptions = {
  /** Overrides the plugin's title. */
  title?: RichTextInput;
  /** Set false to put the section's blocks directly under the current heading, without a heading of its own. */
  heading?: boolean;
};

/**
 * A section block for a plugin, with its data typed by the plugin's schema: a misspelt field is a type error, and
 * the block's `section` is the plugin's id. The result is the same plain JSON a form would send.
 *
 * @example
 * section(nghienCuuKhcn, { accepted: 3 })
 * // → { type: 'section', section: 'nghien-cuu-khcn', data: { accepted: 3 } }
 * section(nghienCuuKhcn, { acepted: 3 })            // error TS2561: … Did you mean to write 'accepted'?
 * section(tuDo, { results: ['Công tác khác.'] }, { title: 'Công tác khác', heading: true })
 */
export function section<P extends SectionLike>(plugin: P, data: z.input<P['schema']>, options: SectionBlockOptions = {}): SectionBlockOf<P> {
  const block: Record<string, unknown> = { type: 'section', section: plugin.id };
  if (options.title !== undefined) block['title'] = options.title;
  if (options.heading !== undefined) block['heading'] = options.heading;
  block['data'] = data;
  return block as SectionBlockOf<P>;
}
