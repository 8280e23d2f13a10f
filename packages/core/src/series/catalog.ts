import type { AnySectionPlugin } from '../plugin/section';
import { compactId, indicatorId } from './read';
import type { IndicatorSpec } from './types';

/** A declared indicator: its id, the section and the figure path it reads, and its spec (no spec: no kind). */
export type CatalogEntry = { id: string; section: AnySectionPlugin; figure: string; spec?: IndicatorSpec };

/** The indicators the sections declare, found by id or by the compact form of the id. */
export type Catalog = {
  get(id: string): CatalogEntry | undefined;
  /** Every declared indicator, in section order, then declaration order. */
  all(): CatalogEntry[];
};

/**
 * Indexes the indicators of the given sections. A figure that a section's schema has but that it declares no kind
 * for is found too (without a spec), so that a figure used in a series can get a clear diagnostic.
 *
 * @example
 * catalogOf([tieuChuanDoLuongChatLuong]).get('tieu-chuan-do-luong-chat-luong/samplesTested')?.spec?.kind // 'flow'
 */
export function catalogOf(sections: readonly AnySectionPlugin[]): Catalog {
  const byId = new Map<string, CatalogEntry>();
  const list: CatalogEntry[] = [];
  for (const section of sections) {
    const declared = section.indicators ?? {};
    for (const [figure, spec] of Object.entries(declared)) {
      const entry: CatalogEntry = { id: indicatorId(section.id, figure), section, figure, spec };
      list.push(entry);
      byId.set(entry.id, entry);
      byId.set(compactId(entry.id), entry);
    }
  }
  const sectionById = new Map(sections.map((s) => [s.id, s] as const));
  return {
    get(id) {
      if (typeof id !== 'string') return undefined;
      const known = byId.get(id) ?? byId.get(compactId(id));
      if (known) return known;
      // A figure of a known section with no declaration: an entry without a spec.
      const slash = id.indexOf('/');
      const section = slash > 0 ? sectionById.get(id.slice(0, slash)) : undefined;
      return section ? { id, section, figure: id.slice(slash + 1) } : undefined;
    },
    all: () => list,
  };
}
