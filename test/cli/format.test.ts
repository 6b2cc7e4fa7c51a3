import { csvField, csvForFile, csvHeader, jsonDocument, textForFile, textTotals } from '../../src/cli/format';
import type { FileOutcome } from '../../src/cli/outcome';

const seedLike: FileOutcome = {
  file: 'seed.xlsx',
  tables: [{ sheet: 'Sheet1', range: 'A1:J36', family: 'C', indicators: 30, weightSum: '99.93', scoreSum: '99.90', statedTotal: '99.9', computedTotal: '99.89', grade: '优' }],
  findings: [
    { rule: 'PERF030', severity: 'error', sheet: 'Sheet1', cell: 'G21', message: '权重合计 99.93，应为 100', expected: '100', found: '99.93' },
    { rule: 'PERF021', severity: 'error', sheet: 'Sheet1', cell: 'I21', row: 21, message: '得分 2.63 与计算得分 2.62 不符, "约"', expected: '2.62', found: '2.63' },
  ],
  counts: { error: 2, warning: 0, info: 0 },
  notes: [],
};
const unreadable: FileOutcome = { file: 'old.xls', error: '这是旧版 Excel 97-2003 文件（.xls）：请另存为 .xlsx。', tables: [], findings: [], counts: { error: 0, warning: 0, info: 0 }, notes: [] };

describe('text output', () => {
  it('gives a summary line per file, then one line per finding', () => {
    expect(textForFile(seedLike, 'zh')).toBe(
      'seed.xlsx：1 张表，错误 2，警告 0，提示 0，等级 优\n' +
        '  错误 PERF030 Sheet1!G21 权重合计 99.93，应为 100\n' +
        '  错误 PERF021 Sheet1!I21 得分 2.63 与计算得分 2.62 不符, "约"\n',
    );
    expect(textForFile(seedLike, 'en').split('\n')[0]).toBe('seed.xlsx: 1 table, 2 errors, 0 warnings, 0 tips, grade 优 (excellent)');
  });

  it('agrees each count with its noun in English and gives every grade its meaning', () => {
    const two: FileOutcome = { ...seedLike, tables: [seedLike.tables[0], { ...seedLike.tables[0], grade: '良' }], counts: { error: 1, warning: 1, info: 1 } };
    expect(textForFile(two, 'en').split('\n')[0]).toBe('seed.xlsx: 2 tables, 1 error, 1 warning, 1 tip, grades 优 (excellent); 良 (good)');
    expect(textForFile(two, 'zh').split('\n')[0]).toBe('seed.xlsx：2 张表，错误 1，警告 1，提示 1，等级 优/良');
  });

  it('names the profile on the summary line, and says why when the layout chose it', () => {
    const national: FileOutcome = { ...seedLike, profile: { label: '全国（财预〔2020〕10号）' } };
    expect(textForFile(national, 'zh').split('\n')[0]).toBe('seed.xlsx：1 张表，错误 2，警告 0，提示 0，等级 优，评分方案 全国（财预〔2020〕10号）');
    expect(textForFile(national, 'zh').split('\n')[1]).toBe('  错误 PERF030 Sheet1!G21 权重合计 99.93，应为 100');
    const hubei: FileOutcome = {
      ...seedLike,
      file: 'hubei.xlsx',
      tables: [{ ...seedLike.tables[0], family: 'F' }],
      profile: { label: '湖北省（预算执行 20 分 + 绩效目标 80 分）', reason: '表格为湖北版式（预算执行 20 分，按“年度绩效目标”分块）' },
    };
    expect(textForFile(hubei, 'zh').split('\n').slice(0, 2)).toEqual([
      'hubei.xlsx：1 张表，错误 2，警告 0，提示 0，等级 优，评分方案 湖北省（预算执行 20 分 + 绩效目标 80 分）',
      '  评分方案: 按版式自动选用——表格为湖北版式（预算执行 20 分，按“年度绩效目标”分块）；--profile national 可改按全国配置',
    ]);
    const en: FileOutcome = { ...hubei, profile: { label: 'Hubei (budget 20 + goals 80)', reason: 'a Hubei form' } };
    expect(textForFile(en, 'en').split('\n').slice(0, 2)).toEqual([
      'hubei.xlsx: 1 table, 2 errors, 0 warnings, 0 tips, grade 优 (excellent), profile Hubei (budget 20 + goals 80)',
      '  profile: chosen by the layout — a Hubei form; --profile national checks it with the national one',
    ]);
    // The JSON report keeps the fields of DESIGN.md §5: the profile is not among them.
    expect(JSON.parse(jsonDocument([hubei])).files[0]).not.toHaveProperty('profile');
  });

  it('says why a file could not be read, and when no table was found', () => {
    expect(textForFile(unreadable, 'zh')).toBe('old.xls：无法读取——这是旧版 Excel 97-2003 文件（.xls）：请另存为 .xlsx。\n');
    const none: FileOutcome = { ...unreadable, file: 'prices.xlsx', error: undefined };
    expect(textForFile(none, 'en')).toBe('prices.xlsx: no indicator table found\n');
  });

  it('closes with the totals', () => {
    expect(textTotals([seedLike, unreadable], 'en')).toBe('2 files: 1 unreadable, 1 with errors, 0 with no indicator table, 0 without errors\n');
  });

  it('never counts a workbook with no indicator table as passed', () => {
    const none: FileOutcome = { ...unreadable, file: 'prices.xlsx', error: undefined };
    const clean: FileOutcome = { ...seedLike, file: 'clean.xlsx', findings: [], counts: { error: 0, warning: 0, info: 0 } };
    expect(textTotals([none, clean, none], 'zh')).toBe('共 3 个文件：无法读取 0，有错误 0，未找到绩效指标表 2，无错误 1\n');
    expect(textTotals([none], 'en')).toBe('1 file: 0 unreadable, 0 with errors, 1 with no indicator table, 0 without errors\n');
  });
});

describe('JSON output (DESIGN.md §5)', () => {
  it('has exactly the keys of the interface, decimals as strings, row only where there is one', () => {
    const doc = JSON.parse(jsonDocument([seedLike, unreadable]));
    expect(Object.keys(doc)).toEqual(['files']);
    expect(doc.files[0]).toEqual({ file: 'seed.xlsx', status: 'errors', tables: seedLike.tables, findings: seedLike.findings });
    expect(doc.files[0].findings[0]).not.toHaveProperty('row');
    expect(doc.files[1]).toEqual({ file: 'old.xls', error: unreadable.error, status: 'unreadable', tables: [], findings: [] });
  });

  it('adds a status to every file: a workbook with no table is "noTable", never "passed"', () => {
    const none: FileOutcome = { ...unreadable, file: 'prices.xlsx', error: undefined };
    const clean: FileOutcome = { ...seedLike, file: 'clean.xlsx', findings: [], counts: { error: 0, warning: 1, info: 0 } };
    const doc = JSON.parse(jsonDocument([none, clean]));
    expect(doc.files.map((f: { status: string }) => f.status)).toEqual(['noTable', 'passed']);
  });
});

describe('CSV output', () => {
  it('starts with a UTF-8 BOM and a header, and ends rows with CRLF', () => {
    expect(csvHeader('zh')).toBe('\uFEFF文件,工作表,单元格,行,规则,级别,说明,应为,实际,无法读取原因\r\n');
    expect(csvHeader('en')).toBe('\uFEFFfile,sheet,cell,row,rule,severity,message,expected,found,error\r\n');
  });

  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(21)).toBe('21');
    expect(csvField(undefined)).toBe('');
  });

  it('never lets a cell text run as a formula in Excel, but keeps negative numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('-0.07')).toBe('-0.07');
  });

  it('writes one row per finding, and one row for a file without findings', () => {
    expect(csvForFile(seedLike, 'en')).toBe(
      'seed.xlsx,Sheet1,G21,,PERF030,error,权重合计 99.93，应为 100,100,99.93,\r\n' +
        'seed.xlsx,Sheet1,I21,21,PERF021,error,"得分 2.63 与计算得分 2.62 不符, ""约""",2.62,2.63,\r\n',
    );
    expect(csvForFile(unreadable, 'zh')).toBe(`old.xls,,,,,,,,,${unreadable.error}\r\n`);
  });
});
