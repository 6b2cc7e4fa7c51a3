import { parseArgs } from '../../src/cli/args';

describe('perf-audit command line', () => {
  it('takes files and directories with the defaults of DESIGN.md §5', () => {
    expect(parseArgs(['a.xlsx', 'dir'])).toEqual({
      kind: 'run',
      options: { paths: ['a.xlsx', 'dir'], format: 'text', profile: 'national', lang: 'zh' },
    });
  });

  it('reads every option, as "--name value" or "--name=value"', () => {
    const parsed = parseArgs(['--format', 'json', 'x', '--profile=hubei', '--lang', 'en', '--reviewed', 'r.json', '--jobs=2']);
    expect(parsed).toEqual({
      kind: 'run',
      options: { paths: ['x'], format: 'json', profile: 'hubei', lang: 'en', reviewed: 'r.json', jobs: 2 },
    });
  });

  it('keeps paths after "--" even when they look like options', () => {
    expect(parseArgs(['--', '--format.xlsx'])).toMatchObject({ kind: 'run', options: { paths: ['--format.xlsx'] } });
  });

  it('answers --help and --version', () => {
    expect(parseArgs(['x', '--help']).kind).toBe('help');
    expect(parseArgs(['-v']).kind).toBe('version');
  });

  it.each([
    [[], 'Give at least one file or directory'],
    [['x', '--format', 'xml'], '--format must be text|json|csv, not xml'],
    [['x', '--lang', 'fr'], '--lang must be zh|en, not fr'],
    [['x', '--profile'], 'Option --profile needs a value'],
    [['x', '--jobs', '0'], '--jobs must be an integer from 1 to 64, not 0'],
    [['x', '--colour'], 'Unknown option --colour'],
  ])('refuses %j with a message in both languages', (argv, en) => {
    const parsed = parseArgs(argv as string[]);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') {
      expect(parsed.message.en).toBe(en);
      expect(parsed.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
