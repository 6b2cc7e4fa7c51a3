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
