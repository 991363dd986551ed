import type { StoredJob } from "../wire.js";
import { compileFilter } from "./filter.compile.js";
import { inferPropertyKind } from "./property-kind.js";
import { parseDottedPath, parsePropertyName, type PropertyReference } from "./property-name.js";
import { resolveProperty, resolveRecordPath, walk } from "./property-values.js";
import type { NestedFilter, SearchExpressionNode, SearchFilter } from "./search.types.js";

/** Tells whether a stored job satisfies a search expression. */
export type JobPredicate = (stored: StoredJob) => boolean;

/**
 * Compiles a checked expression tree into one predicate. Property kinds are
 * inferred from `jobs`, the whole store, and every filter Value is parsed
 * here, so all request errors surface before any job is tested.
 *
 * A node combines its filters, nested filters and subexpressions with its
 * Operator: And needs all of them, Or needs one.
 */
export function compileSearchExpression(node: SearchExpressionNode, jobs: readonly StoredJob[]): JobPredicate {
  const parts: JobPredicate[] = [
    ...node.filters.map((filter) => compileTopLevelFilter(filter, jobs)),
    ...node.nestedFilters.map((nested) => compileNestedFilter(nested, jobs)),
    ...node.subExpressions.map((subExpression) => compileSearchExpression(subExpression, jobs)),
  ];

  if (node.operator === "Or") return (stored) => parts.some((part) => part(stored));
  return (stored) => parts.every((part) => part(stored));
}

function compileTopLevelFilter(filter: SearchFilter, jobs: readonly StoredJob[]): JobPredicate {
  const reference = parsePropertyName(filter.name, `${filter.location}.name`);
  const kind = inferPropertyKind(reference, function* () {
    for (const stored of jobs) yield* resolveProperty(stored, reference);
  });
  const test = compileFilter(filter, kind);

  return (stored) => test(resolveProperty(stored, reference));
}

/**
 * Compiles a NestedFilters entry: a job matches when one element of the
 * nested list (for example one InputDataConfig channel) satisfies all of the
 * entry's filters. Filter names are resolved relative to that element.
 */
function compileNestedFilter(nested: NestedFilter, jobs: readonly StoredJob[]): JobPredicate {
  const listPath = parseDottedPath(nested.nestedPropertyName, `${nested.location}.nestedPropertyName`);
  const elementsOf = (stored: StoredJob): unknown[] => resolveRecordPath(stored, listPath);
  const storeElements = jobs.flatMap(elementsOf);

  const elementTests = nested.filters.map((filter) => {
    const relativeName = filter.name.slice(nested.nestedPropertyName.length + 1);
    const segments = parseDottedPath(relativeName, `${filter.location}.name`);
    const reference: PropertyReference = { source: "record", segments };

    const kind = inferPropertyKind(reference, function* () {
      for (const element of storeElements) yield* walk(element, segments);
    });
    const test = compileFilter(filter, kind);
    return (element: unknown) => test(walk(element, segments));
  });

  return (stored) => elementsOf(stored).some((element) => elementTests.every((test) => test(element)));
}
