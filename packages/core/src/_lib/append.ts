/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an argument and overflows
 * the stack beyond about 100,000 items: input-sized lists are never spread into a call.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  return target;
}
