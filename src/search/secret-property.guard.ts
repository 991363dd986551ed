import type { SearchExpression } from "@aws-sdk/client-sagemaker";

import { ForbiddenError } from "../auth/auth-errors.js";
import type { SecretValuePolicy } from "../auth/secret-values.js";
import type { Caller } from "../context/gateway-context.js";
import type { TrainingJobSearchQuery } from "../sagemaker/search-pager.js";

/**
 * Searchable map properties whose values the redaction policy may hide.
 * Environment variables are not searchable, so hyperparameters are the only one.
 */
const MAP_PREFIXES = ["HyperParameters."];

/**
 * Rejects a search that filters or sorts on a secret-looking hyperparameter
 * when the caller may not read its value: comparing
 * guesses against a redacted value would reveal it one filter at a time.
 */
export function assertNoHiddenProperties(query: TrainingJobSearchQuery, caller: Caller, policy: SecretValuePolicy): void {
  if (policy.reveals(caller)) return;

  for (const name of propertyNames(query)) {
    const prefix = MAP_PREFIXES.find((candidate) => name.startsWith(candidate));
    if (prefix && policy.isSecretKey(name.slice(prefix.length))) {
      throw new ForbiddenError(
        "admin",
        `Searching on ${JSON.stringify(name)} requires the admin role, because its values are hidden from this caller.`,
      );
    }
  }
}

function propertyNames(query: TrainingJobSearchQuery): string[] {
  const names = query.sortBy ? [query.sortBy] : [];
  const visit = (expression: SearchExpression | undefined) => {
    if (!expression) return;
    for (const filter of expression.Filters ?? []) if (filter.Name) names.push(filter.Name);
    for (const nested of expression.NestedFilters ?? []) {
      for (const filter of nested.Filters ?? []) if (filter.Name) names.push(filter.Name);
    }
    for (const sub of expression.SubExpressions ?? []) visit(sub);
  };
  visit(query.expression);
  return names;
}
