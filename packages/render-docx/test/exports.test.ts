import { describe, expect, it } from 'vitest';
import * as main from '@baocao-khcn/render-docx';
import * as node from '@baocao-khcn/render-docx/node';

describe('public surface', () => {
  it('exports exactly the named things', () => {
    expect(Object.keys(main).sort()).toEqual(['ND30', 'checkDocxOptions', 'renderDocx']);
    expect(Object.keys(node).sort()).toEqual(['writeDocx']);
  });
});
