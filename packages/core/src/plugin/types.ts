/**
 * Types shared by the profile and the section plugin modules. Kept apart so that `profile.ts`, `section.ts` and
 * `context.ts` do not import each other in a cycle (context → profile → types ← section → context).
 */

/**
 * A section's title: one for both parts, or one per part mode.
 *
 * @example
 * const title: SectionTitle = { results: 'Công tác thanh tra', plans: 'Nhiệm vụ thanh tra' };
 */
export type SectionTitle = string | { results: string; plans?: string };
