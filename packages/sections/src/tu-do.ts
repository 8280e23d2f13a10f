import { defineAreaSection } from '@baocao-khcn/core';

/**
 * Tự do — a free-form section: a heading with any blocks, so a province can add an area without writing code. Its
 * heading is the `title` of the report's section block (default "Công tác khác"); `results` and `plans` are the
 * shared prose, and `subsections` give numbered sub-headings. It may be placed any number of times, each block with
 * its own `data`. No figures, no checks.
 *
 * @example
 * // body: [{ type: 'section', section: 'tu-do', title: 'Công tác phối hợp với các huyện',
 * //          data: { results: ['Tổ chức làm việc với 08 UBND các huyện, thành phố.'] } }]
 * // results →
 * //   "1. Công tác phối hợp với các huyện"
 * //   "Tổ chức làm việc với 08 UBND các huyện, thành phố."
 */
export const tuDo = defineAreaSection({
  id: 'tu-do',
  title: 'Công tác khác',
  description: 'Mục tự do: tiêu đề do báo cáo đặt (title của khối section) và nội dung là các khối văn bản bất kỳ.',
  figures: {},
});
