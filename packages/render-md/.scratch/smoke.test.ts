import { it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { composeReport } from '@baocao-khcn/core';
import { renderMarkdown } from '@baocao-khcn/render-md';
import { examples } from '../../../examples/registry';
it('smoke', () => {
  mkdirSync('/tmp/md-out', { recursive: true });
  for (const ex of examples) {
    try {
      const { document, diagnostics } = composeReport(ex.input, { profile: ex.profile, sections: ex.sections });
      writeFileSync(`/tmp/md-out/${ex.id}.md`, renderMarkdown(document));
      writeFileSync(`/tmp/md-out/${ex.id}.inline.md`, renderMarkdown(document, { footnotes: 'inline', header: false }));
      console.log(ex.id, 'ok', diagnostics.length);
    } catch (e) { console.log(ex.id, 'ERR', String(e).slice(0, 300)); }
  }
});
