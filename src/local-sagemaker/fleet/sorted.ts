/**
 * Returns a copy of a string map with its keys sorted. Array.prototype.sort
 * without a comparator orders strings by UTF-16 code units, so the order does
 * not depend on the locale.
 */
export function sortedByKey(values: Record<string, string>): Record<string, string> {
  const keys = Object.keys(values).sort();
  return Object.fromEntries(keys.map((key) => [key, values[key]]));
}
