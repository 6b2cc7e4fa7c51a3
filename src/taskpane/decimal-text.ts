// Comparing the decimal strings a report carries ("100", "99.930", "-0") without decimal.js, which
// loads with the checking core and is not part of the pane's first script.

/** The canonical form of a plain decimal string, or undefined when it is not one. */
export function canonicalDecimal(input: string): string | undefined {
  const match = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)$/.exec(input.trim());
  if (!match) return undefined;
  const [whole, fraction = ''] = match[2].split('.');
  const digits = whole.replace(/^0+/, '') || '0';
  const decimals = fraction.replace(/0+$/, '');
  const body = decimals ? `${digits}.${decimals}` : digits;
  return body === '0' || match[1] !== '-' ? body : `-${body}`;
}

/** Whether two decimal strings name the same number; texts that are not numbers compare as text. */
export function sameDecimal(a: string, b: string): boolean {
  const x = canonicalDecimal(a);
  const y = canonicalDecimal(b);
  return x !== undefined && y !== undefined ? x === y : a === b;
}

/** Decimals a plain decimal string is written with ('99.90' → 2, '100' → 0); 0 when it is not one. */
export function decimalsOf(input: string | undefined): number {
  const match = /^[+-]?\d*\.(\d+)$/.exec((input ?? '').trim());
  return match ? match[1].length : 0;
}

/**
 * A decimal string written with exactly `places` decimals: padded with zeros, or rounded half away
 * from zero as the table's cells round ('99.894' → '99.89', '2.625' → '2.63', '99.9' → '99.90').
 * Texts that are not numbers come back as they are.
 */
export function atPlaces(input: string, places: number): string {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(input.trim());
  if (!match) return input;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length <= places) return `${sign}${whole}${places > 0 ? `.${fraction.padEnd(places, '0')}` : ''}`;
  const digits = `${whole}${fraction.slice(0, places)}`.split('').map(Number);
  if (Number(fraction[places]) >= 5) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) digits.unshift(1);
    else digits[i] += 1;
  }
  const text = digits.join('');
  const intPart = text.slice(0, text.length - places).replace(/^0+(?=\d)/, '') || '0';
  const body = places > 0 ? `${intPart}.${text.slice(text.length - places)}` : intPart;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * A figure as the pane shows it, by the rule the findings' messages follow (src/core/rules/support/numbers):
 * rounded half up to at most `places` decimals, without trailing zeros ('99.90' → '99.9',
 * '99.890000' at 2 → '99.89', '100.00' → '100'). Texts that are not numbers come back as they are.
 */
export function figureAt(input: string, places: number): string {
  const text = atPlaces(input, places);
  if (!/^-?\d+\.\d+$/.test(text)) return text;
  const trimmed = text.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** The decimals a table's figures are shown with: those of its score column, else of its weights. */
export function tablePlaces(table: { readonly scoreSum: string; readonly weightSum: string }): number {
  return table.scoreSum ? decimalsOf(table.scoreSum) : decimalsOf(table.weightSum);
}
