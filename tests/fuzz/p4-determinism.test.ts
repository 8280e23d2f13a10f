/**
 * Property 4: determinism. composeReport gives equal trees for equal input and never mutates it; rendering the
 * same input twice gives identical .docx bytes and identical Markdown, even with another document rendered
 * in between (no state leaks between renders).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { composableReport } from './arbitraries';
import { fcParams, timeoutFor } from './config';
import { checkDeterministic, checkDeterministicMarkdown } from './properties';

const MS = 70;

describe('property 4: identical input gives identical output', () => {
  it('.docx bytes and Markdown, with another render in between', async () => {
    await fc.assert(fc.asyncProperty(composableReport(), composableReport(), (input, other) => checkDeterministic(input, other)), fcParams(MS));
  }, timeoutFor(MS));

  it('composition and Markdown (cheap, no .docx)', () => {
    fc.assert(fc.property(composableReport(), checkDeterministicMarkdown), fcParams(15));
  }, timeoutFor(15));
});
