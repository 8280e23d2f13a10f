/**
 * The first letter in upper case (Vietnamese rules). The one copy used by the sentence builders, the `capitalize`
 * template helper and the money reader.
 *
 * @example
 * capitalize('thẩm định') // 'Thẩm định'
 * capitalize('đo lường')  // 'Đo lường'
 * capitalize('')          // ''
 */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
