// The reader of XML Spreadsheet 2003 text (what Range.Value(11) gives): positions with ss:Index gaps,
// merged areas across and down (later rows omit the cells an area covers), named and literal number
// formats, escaped text, CDATA and entities; anything cut off or inconsistent gives undefined.
import { decodeEntities, parseXmlTable, styleFormat, xmlMerges, type XmlTable } from '../../../src/hosts/wps/xml-table';
import { FakeEt } from '../../support/fake-et';
import { r1c1Of, xmlSpreadsheetOf } from '../../support/fake-et-xml';
import { sheetFromRows, workbookOf } from '../../support/grid';

const HEAD =
  '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n' +
  ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:html="http://www.w3.org/TR/REC-html40">\n';

function doc(table: string, styles = '', tableAttrs = ''): string {
  return `${HEAD}<Styles>\n <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>\n${styles}</Styles>\n<Worksheet ss:Name="表">\n<Table${tableAttrs}>\n${table}\n</Table>\n</Worksheet>\n</Workbook>`;
}

const at = (t: XmlTable, row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col);

describe('XML Spreadsheet 2003 reader', () => {
  it('places cells by ss:Index gaps in rows and columns, after merged columns', () => {
    const t = parseXmlTable(
      doc(
        [
          '<Row><Cell><Data ss:Type="String">a</Data></Cell><Cell ss:Index="4"><Data ss:Type="Number">4</Data></Cell></Row>',
          '<Row ss:Index="5"><Cell ss:MergeAcross="2"><Data ss:Type="String">合并</Data></Cell><Cell><Data ss:Type="Number">1</Data></Cell></Row>',
          '<Row><Cell ss:Index="2"/></Row>',
        ].join('\n'),
        '',
        ' ss:ExpandedColumnCount="5" ss:ExpandedRowCount="6"',
      ),
    )!;
    expect(t).toBeDefined();
    expect(t.rowCount).toBe(6);
    expect(t.colCount).toBe(5);
    expect(at(t, 1, 1)).toMatchObject({ type: 'String', data: 'a' });
    expect(at(t, 1, 4)).toMatchObject({ type: 'Number', data: '4' });
    expect(at(t, 5, 1)).toMatchObject({ mergeAcross: 2, data: '合并' });
    // The cell after a three-column area is column 4.
    expect(at(t, 5, 4)).toMatchObject({ data: '1' });
    expect(at(t, 6, 2)).toBeDefined();
    expect(xmlMerges(t, { top: 3, left: 2 })).toEqual([{ top: 7, left: 2, bottom: 7, right: 4 }]);
  });

  it('steps over columns a MergeDown from an earlier row covers, when a later row gives no ss:Index', () => {
    const t = parseXmlTable(
      doc(
        [
          '<Row><Cell ss:MergeDown="2"><Data ss:Type="String">绩效指标</Data></Cell><Cell><Data ss:Type="String">产出</Data></Cell><Cell/></Row>',
          // Row 2 and 3: column 1 is covered, so their first written cell is column 2.
          '<Row><Cell><Data ss:Type="String">数量</Data></Cell><Cell ss:MergeDown="1" ss:MergeAcross="0"/></Row>',
          '<Row><Cell><Data ss:Type="String">质量</Data></Cell><Cell ss:Index="4"/></Row>',
          '<Row><Cell><Data ss:Type="String">效益</Data></Cell></Row>',
        ].join('\n'),
      ),
    )!;
    expect(at(t, 2, 2)).toMatchObject({ data: '数量' });
    expect(at(t, 2, 3)).toMatchObject({ mergeDown: 1 });
    // Row 3: columns 1 (area from row 1) is covered; 质量 lands in column 2; column 3 is covered too.
    expect(at(t, 3, 2)).toMatchObject({ data: '质量' });
    expect(at(t, 3, 4)).toBeDefined();
    expect(at(t, 4, 1)).toMatchObject({ data: '效益' });
    expect(xmlMerges(t, { top: 1, left: 1 })).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 3, bottom: 3, right: 3 },
    ]);
  });

  it('gives the format code of each style: named formats, literal codes, General, parents; locale names stay unknown', () => {
    const styles = [
      '<Style ss:ID="s1"><NumberFormat ss:Format="Fixed"/></Style>',
      '<Style ss:ID="s2"><NumberFormat ss:Format="Percent"/></Style>',
      '<Style ss:ID="s3"><NumberFormat ss:Format="0.0%"/></Style>',
      '<Style ss:ID="s4"><NumberFormat ss:Format="#,##0.00&quot;元&quot;"/></Style>',
      '<Style ss:ID="s5"><NumberFormat ss:Format="Short Date"/></Style>',
      '<Style ss:ID="s6" ss:Parent="s1"><Font ss:Bold="1"/></Style>',
      '<Style ss:ID="s7"><Font ss:Bold="1"/></Style>',
      '<Style ss:ID="s8"><NumberFormat/></Style>',
      '<Style ss:ID="s9"><NumberFormat ss:Format="Standard"/></Style>',
    ].join('\n');
    const t = parseXmlTable(doc('<Row><Cell/></Row>', styles))!;
    expect(styleFormat(t, 's1')).toBe('0.00');
    expect(styleFormat(t, 's2')).toBe('0.00%');
    expect(styleFormat(t, 's3')).toBe('0.0%');
    expect(styleFormat(t, 's4')).toBe('#,##0.00"元"');
    expect(styleFormat(t, 's5')).toBeUndefined();
    expect(styleFormat(t, 's6')).toBe('0.00');
    expect(styleFormat(t, 's7')).toBe('General');
    expect(styleFormat(t, 's8')).toBe('General');
    expect(styleFormat(t, 's9')).toBe('#,##0.00');
    expect(styleFormat(t, undefined)).toBe('General');
    expect(styleFormat(t, 'missing')).toBeUndefined();
  });

  it('decodes escaped text, numeric entities and CDATA, drops rich-text markup and comments', () => {
    const t = parseXmlTable(
      doc(
        [
          '<Row>',
          '<Cell ss:Formula="=IF(R[1]C&lt;&gt;&quot;&quot;,1,0)"><Data ss:Type="String">a &amp; b &lt;c&gt; &#10;&#x4E2D;</Data></Cell>',
          '<!-- a comment with <Cell> inside -->',
          '<Cell><Data ss:Type="String"><![CDATA[x < y & <z>]]></Data></Cell>',
          "<Cell><ss:Data ss:Type='String' xmlns=\"http://www.w3.org/TR/REC-html40\"><B>粗</B>体<Font html:Color=\"#FF0000\">红</Font></ss:Data></Cell>",
          '</Row>',
        ].join('\n'),
      ),
    )!;
    expect(at(t, 1, 1)).toMatchObject({ formula: '=IF(R[1]C<>"",1,0)', data: 'a & b <c> \n中' });
    expect(at(t, 1, 2)).toMatchObject({ data: 'x < y & <z>' });
    expect(at(t, 1, 3)).toMatchObject({ type: 'String', data: '粗体红' });
    expect(decodeEntities('&unknown; &#65;')).toBe('&unknown; A');
  });

  it('gives undefined for a cut-off string, crossed tags, overlapping cells or no table at all', () => {
    const whole = doc('<Row><Cell ss:MergeAcross="1"><Data ss:Type="Number">1</Data></Cell></Row>');
    expect(parseXmlTable(whole)).toBeDefined();
    for (const cut of [whole.length - 5, whole.length - 30, whole.indexOf('<Data') + 3, whole.indexOf('</Table>'), 40]) {
      expect(parseXmlTable(whole.slice(0, cut))).toBeUndefined();
    }
    expect(parseXmlTable(doc('<Row><Cell><Data>1</Cell></Data></Row>'))).toBeUndefined();
    // Column 2 is inside the area that starts in column 1.
    expect(parseXmlTable(doc('<Row><Cell ss:MergeAcross="1"/><Cell ss:Index="2"/></Row>'))).toBeUndefined();
    expect(parseXmlTable(doc('<Row ss:Index="0"><Cell/></Row>'))).toBeUndefined();
    expect(parseXmlTable(doc('<Row><Cell ss:MergeDown="x"/></Row>'))).toBeUndefined();
    // More cells than the table says it has.
    expect(parseXmlTable(doc('<Row><Cell ss:Index="3"/></Row>', '', ' ss:ExpandedColumnCount="2" ss:ExpandedRowCount="1"'))).toBeUndefined();
    expect(parseXmlTable(`${HEAD}</Workbook>`)).toBeUndefined();
    expect(parseXmlTable('')).toBeUndefined();
    expect(parseXmlTable('#VALUE!')).toBeUndefined();
    expect(parseXmlTable(-2146826273)).toBeUndefined();
    expect(parseXmlTable(null)).toBeUndefined();
  });

  it("reads back the fake ET's own Value(11) text: every merge and format of a table", () => {
    const fake = new FakeEt(
      workbookOf(
        sheetFromRows(
          '表',
          [
            ['指标', '权重', '得分', '说明'],
            ['产出', { v: 10, fmt: '0.00' }, { v: 0.5, fmt: '0%' }, 'a & <b>'],
            ['', { v: 5, fmt: '0.00%' }, { v: 3, f: 'B2+B$3', fmt: '#,##0.0"分"' }, '"引号"'],
            ['效益', '', '', ''],
          ],
          { merges: ['B3:B4', 'B5:E5'], at: 'B2' },
        ),
      ),
    );
    const sheet = fake.workbook.sheet('表');
    const rect = { top: 2, left: 2, bottom: 5, right: 5 };
    const t = parseXmlTable(xmlSpreadsheetOf(sheet, rect))!;
    expect(t).toMatchObject({ rowCount: 4, colCount: 4 });
    expect(xmlMerges(t, rect)).toEqual([
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 5, left: 2, bottom: 5, right: 5 },
    ]);
    expect(styleFormat(t, at(t, 2, 2)!.styleId)).toBe('0.00');
    expect(styleFormat(t, at(t, 2, 3)!.styleId)).toBe('0%');
    expect(styleFormat(t, at(t, 3, 2)!.styleId)).toBe('0.00%');
    expect(styleFormat(t, at(t, 3, 3)!.styleId)).toBe('#,##0.0"分"');
    expect(at(t, 2, 4)).toMatchObject({ data: 'a & <b>' });
    expect(at(t, 3, 4)).toMatchObject({ data: '"引号"' });
    // D4 holds =B2+B$3: in R1C1 relative to D4.
    expect(at(t, 3, 3)).toMatchObject({ formula: '=R[-2]C[-2]+R3C[-2]', type: 'Number', data: '3' });
  });

  it('writes A1 references in R1C1 form, leaving strings and function names alone', () => {
    expect(r1c1Of('=SUM(A1:B2)', 3, 3)).toBe('=SUM(R[-2]C[-2]:R[-1]C[-1])');
    expect(r1c1Of('=$A$1+A$1+$A1', 1, 1)).toBe('=R1C1+R1C+RC1');
    expect(r1c1Of('=LOG10(C3)&"A1"', 3, 3)).toBe('=LOG10(RC)&"A1"');
  });
});
