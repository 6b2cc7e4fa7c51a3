import { a1, columnLetters, columnNumber, parseA1, parseRectA1, rectA1, sheetAddress } from '../../src/core/grid/address';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('reads and writes cell and range addresses', () => {
    expect(a1(12, 3)).toBe('C12');
    expect(parseA1('$C$12')).toEqual({ row: 12, col: 3 });
    expect(parseA1('12C')).toBeUndefined();
    expect(parseRectA1('I40:A1')).toEqual({ top: 1, left: 1, bottom: 40, right: 9 });
    expect(rectA1({ top: 2, left: 2, bottom: 2, right: 2 })).toBe('B2');
  });

  it('quotes sheet names as Excel does', () => {
    expect(sheetAddress('Sheet1', 'A1')).toBe('Sheet1!A1');
    expect(sheetAddress('附件1', 'A1')).toBe('附件1!A1');
    expect(sheetAddress("Bob's 表", 'A1')).toBe("'Bob''s 表'!A1");
  });
});
