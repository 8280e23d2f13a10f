import { packageConfig } from '../../tsup.base';

/** The license notice of the code that dist/index.cjs bundles. */
const NOTICE = `/*!
 * This file bundles mdast-util-to-markdown, mdast-util-gfm and their dependencies (mdast-util-gfm-*,
 * mdast-util-phrasing, mdast-util-to-string, micromark-util-*, unist-util-*, character-entities,
 * decode-named-character-reference, longest-streak, markdown-table, zwitch), MIT License,
 * Copyright (c) Titus Wormer <tituswormer@gmail.com>:
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
 * associated documentation files (the 'Software'), to deal in the Software without restriction,
 * including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies or
 * substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
 * NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 * NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 * DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
 * OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */`;

// mdast-util-gfm and mdast-util-to-markdown are ESM only: bundled into dist/index.cjs for Node 20.0–20.18,
// which cannot require() an ES module. The ESM build keeps them external.
export default packageConfig(
  { index: 'src/index.ts' },
  { bundleInCjs: ['mdast-util-gfm', 'mdast-util-to-markdown'], cjsBanner: NOTICE },
);
