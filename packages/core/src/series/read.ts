import type { JsonPath } from '../validate/diagnostic';

/**
 * The value at a dotted figure path (`samples.tested`) of section data, own properties only.
 *
 * @example
 * readPath({ samples: { tested: 38 } }, 'samples.tested') // 38
 * readPath({ samples: {} }, 'samples.tested')             // undefined
 */
export function readPath(data: unknown, path: string): unknown {
  let here: unknown = data;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/** A finite number, or undefined. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A dotted figure path as JSON path segments.
 *
 * @example
 * figureSegments('samples.tested') // ['samples', 'tested']
 */
export function figureSegments(path: string): JsonPath {
  return path.split('.');
}

/**
 * The id of a section figure: `<section-id>/<figure-path>`. `compact` is the same path written in camelCase without
 * dots (`samples.tested` → `samplesTested`), which a figure's `indicator` may also use.
 *
 * @example
 * indicatorId('tieu-chuan-do-luong-chat-luong', 'samples.tested') // 'tieu-chuan-do-luong-chat-luong/samples.tested'
 * compactId('tieu-chuan-do-luong-chat-luong/samples.tested')      // 'tieu-chuan-do-luong-chat-luong/samplesTested'
 */
export function indicatorId(sectionId: string, figurePath: string): string {
  return `${sectionId}/${figurePath}`;
}

/** See {@link indicatorId}. */
export function compactId(id: string): string {
  return id.replace(/\.([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}
