import { describe, expect, it } from 'vitest';
import { WORKBOOK_LIMITS } from './workbook-limits';
import { minimalXlsx, zipOf } from './test-zip';
import { readXlsxSheets, XlsxFormatError, XlsxLimitError } from './xlsx-cells';

const read = (bytes: Buffer, limits = WORKBOOK_LIMITS) => readXlsxSheets(bytes, limits);

describe('bounded xlsx reader', () => {
  it('reads shared and inline strings, numbers, booleans and formula results', () => {
    const strings = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>市场部</t></si><si><r><t>Rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></si></sst>';
    const bytes = minimalXlsx(
      { 问卷: '<row r="4"><c r="D4" t="s"><v>0</v></c><c r="E4" t="s"><v>1</v></c></row><row r="9"><c r="A9" t="inlineStr"><is><t>q:x</t></is></c><c r="D9"><v>4</v></c><c r="E9" t="b"><v>1</v></c><c r="F9" t="str"><f>A1</f><v>calc</v></c></row>' },
      { 'xl/sharedStrings.xml': strings, 'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>' },
    );
    const [sheet] = read(bytes);
    expect(sheet!.name).toBe('问卷');
    expect(Object.fromEntries(sheet!.cells)).toEqual({ D4: '市场部', E4: 'Rich text', A9: 'q:x', D9: 4, E9: 'TRUE', F9: 'calc' });
    expect(sheet!.rows).toEqual([4, 9]);
  });

  it('places cells without a reference by their order, as some writers leave it out', () => {
    const [sheet] = read(minimalXlsx({ S: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' }));
    expect(Object.fromEntries(sheet!.cells)).toEqual({ A1: 1, B1: 2, C2: 3, D2: 4 });
  });

  it('tells hidden sheets apart', () => {
    const bytes = zipOf({
      'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="A" r:id="rId1"/><sheet name="B" state="hidden" r:id="rId2"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/a.xml"/><Relationship Id="rId2" Target="worksheets/b.xml"/></Relationships>',
      'xl/worksheets/a.xml': '<worksheet><sheetData/></worksheet>',
      'xl/worksheets/b.xml': '<worksheet><sheetData/></worksheet>',
    });
    expect(read(bytes).map((s) => [s.name, s.hidden])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  it('refuses a DTD, so no entity can expand', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>';
    expect(() => read(minimalXlsx({ S: '' }, { 'xl/sharedStrings.xml': bomb }))).toThrow(XlsxFormatError);
  });

  it('refuses malformed XML, a missing sheet and a workbook that is not one', () => {
    expect(() => read(minimalXlsx({ S: '<row><c r="A1"><v>1</v></row>' }))).toThrow(XlsxFormatError);
    expect(() => read(zipOf({ 'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="A" r:id="rId7"/></sheets></workbook>' }))).toThrow(/sheet "A" is missing/);
    expect(() => read(zipOf({ 'word/document.xml': '<w:document/>' }))).toThrow(/no xl\/workbook.xml/);
  });

  it('stops at the cell budget', () => {
    const row = Array.from({ length: 30 }, (_, i) => `<c r="${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}"><v>${i}</v></c>`).join('');
    expect(() => read(minimalXlsx({ S: `<row>${row}</row>` }), { ...WORKBOOK_LIMITS, maxCells: 20 })).toThrow(XlsxLimitError);
  });
});
