/** Value below which `fraction` of the sorted samples fall (nearest-rank method). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;

  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

/** Total of a `{ operation: count }` map. */
export function totalCalls(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

/** `Search 1, ListTrainingJobs 1` style summary, operations sorted by name. */
export function formatCalls(calls: Record<string, number>): string {
  const entries = Object.entries(calls).filter(([, count]) => count > 0);
  if (entries.length === 0) return "none";
  return entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operation, count]) => `${operation} ${count}`)
    .join(", ");
}
