// English wording shared by the rules' messages, the pane, the CLI and the summary workbook.

/** A count with its noun in the right number: plural(1, 'cell') → '1 cell', plural(2, 'cell') → '2 cells'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The noun alone, in the number `n` calls for: noun(1, 'indicator') → 'indicator'. */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
