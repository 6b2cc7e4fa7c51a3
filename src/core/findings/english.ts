// English wording shared by the rules' messages, the pane, the CLI and the summary workbook.

/** A count with its noun in the right number: plural(1, 'cell') → '1 cell', plural(2, 'cell') → '2 cells'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The noun alone, in the number `n` calls for: noun(1, 'indicator') → 'indicator'. */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** "1 of 3 indicators has", "2 of 3 indicators have": the verb agrees with the first count. */
export function ofMany(n: number, total: number, nounMany: string, verbOne: string, verbMany: string): string {
  return `${n} of ${total} ${nounMany} ${n === 1 ? verbOne : verbMany}`;
}

/** Points as a figure reads: '1 point', '2.5 points', '10 points'. */
export function points(figure: string): string {
  return `${figure} ${figure === '1' ? 'point' : 'points'}`;
}

/** Grades as the forms write them, with their English meaning. */
const GRADE_GLOSS: Readonly<Record<string, string>> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' };

/** A grade name for English text, with its meaning: '优 (excellent)'; other grade names as written. */
export function gradeGloss(grade: string): string {
  const gloss = GRADE_GLOSS[grade.trim()];
  return gloss ? `${grade} (${gloss})` : grade;
}

/** The English meaning of a grade name ('excellent' for 优), if it is one of the four. */
export function gradeMeaning(grade: string): string | undefined {
  return GRADE_GLOSS[grade.trim()];
}
