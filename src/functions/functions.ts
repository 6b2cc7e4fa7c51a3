// Placeholder until the scoring core lands (owner: custom functions work).
/**
 * Grade of a total score.
 * @customfunction GRADE
 * @param total Total score
 * @returns 优/良/中/差
 */
export function grade(total: number): string {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}
