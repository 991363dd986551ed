import type { StoredJob } from "../wire.js";
import { parseDecimal, unquote } from "./filter-value.parse.js";
import { parsePropertyName } from "./property-name.js";
import { resolveProperty } from "./property-values.js";
import type { SortOrder } from "./search.types.js";

/** A value a job sorts by. Timestamps are numbers (epoch seconds). */
export type SortValue = number | boolean | string;

/** A job's position in the sort order: its SortBy value (null when absent) and its name. */
export type SortKey = { value: SortValue | null; name: string };

/**
 * Builds the function that computes each job's sort key for `SortBy`.
 *
 * - A property with several values (one crossing a list) sorts by its
 *   smallest value in ascending order and its largest in descending order.
 * - Hyperparameters sort as numbers when they parse as numbers (after
 *   `unquote`) and as text otherwise.
 * - Structures are not sortable values, so a job whose property holds only
 *   structures counts as lacking it.
 */
export function compileSortKey(sortBy: string, order: SortOrder): (stored: StoredJob) => SortKey {
  const reference = parsePropertyName(sortBy, "sortBy");
  const toSortValue = reference.source === "hyperParameter" ? hyperParameterSortValue : plainSortValue;

  return (stored) => {
    const values = resolveProperty(stored, reference)
      .map(toSortValue)
      .filter((value): value is SortValue => value !== undefined);

    const pick = (best: SortValue, value: SortValue) =>
      compareValues(value, best) * direction(order) < 0 ? value : best;
    const value = values.length === 0 ? null : values.reduce(pick);

    return { value, name: stored.job.TrainingJobName };
  };
}

/**
 * Orders two sort keys. Jobs lacking the property come last in both orders.
 * Ties break on TrainingJobName in the same direction as the sort.
 *
 * NOTE: the tie rule is inferred from a published Search response, where two
 * pairs of jobs with equal LastModifiedTime came in descending name order
 * under the default descending sort. The AWS documentation does not state it.
 */
export function compareSortKeys(a: SortKey, b: SortKey, order: SortOrder): number {
  if (a.value === null && b.value !== null) return 1;
  if (a.value !== null && b.value === null) return -1;

  if (a.value !== null && b.value !== null) {
    const byValue = compareValues(a.value, b.value) * direction(order);
    if (byValue !== 0) return byValue;
  }

  return compareText(a.name, b.name) * direction(order);
}

function direction(order: SortOrder): 1 | -1 {
  return order === "Ascending" ? 1 : -1;
}

function plainSortValue(value: unknown): SortValue | undefined {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return undefined;
}

function hyperParameterSortValue(value: unknown): SortValue | undefined {
  if (typeof value !== "string") return plainSortValue(value);

  const text = unquote(value);
  return parseDecimal(text) ?? text;
}

/** Total order over sort values: numbers, then Booleans (false first), then strings by UTF-16 code units. */
function compareValues(a: SortValue, b: SortValue): number {
  const rankDifference = typeRank(a) - typeRank(b);
  if (rankDifference !== 0) return rankDifference;

  if (typeof a === "number" && typeof b === "number") return Math.sign(a - b);
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return compareText(String(a), String(b));
}

function typeRank(value: SortValue): number {
  if (typeof value === "number") return 0;
  if (typeof value === "boolean") return 1;
  return 2;
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
