import { describe, expect, it } from 'vitest';
import { xmlProblems } from './xml-well-formed';

describe('xmlProblems (test helper)', () => {
  it('accepts a well-formed document', () => {
    expect(xmlProblems('<svg a="1"><g><text>R&amp;D &#20013;</text></g><rect/></svg>')).toEqual([]);
  });

  it.each([
    ['crossed tags', '<svg><g><text></g></text></svg>'],
    ['unclosed tag', '<svg><g></svg>'],
    ['raw <', '<svg><text>a < b</text></svg>'],
    ['stray &', '<svg><text>R&D</text></svg>'],
    ['& in attribute', '<svg><g title="R&D"/></svg>'],
    ['unquoted attribute', '<svg><g a=1/></svg>'],
    ['repeated attribute', '<svg><g a="1" a="2"/></svg>'],
    ['two roots', '<svg/><svg/>'],
  ])('finds %s', (_, xml) => {
    expect(xmlProblems(xml)).not.toEqual([]);
  });
});
