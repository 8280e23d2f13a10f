/**
 * `@baocao-khcn/test-utils` — test helpers shared by the packages of this repository (private, never published):
 * literal tree builders, a small report document, and the section harness.
 */
export { cell, h, li, p, row, t } from './tree';
export { documentOf, headerOf } from './document';
export { inlineText, lines } from './lines';
export { codes, sectionHarness } from './section-harness';
export type { HarnessSpec, Placement, Rendered, SectionHarness } from './section-harness';
export { bacGiang, LANG_SON, langSon, NINE_MONTHS_2022 } from './presets';
export { resolveDiagnostic, resolvePath, UNREADABLE, unresolvedPaths } from './paths';
export type { PathRoots } from './paths';
