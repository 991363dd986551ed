import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";

import {
  estimateQueryCost,
  MAX_ESTIMATED_FIELDS,
  TooManyFieldsToEstimateError,
  type CostEstimate,
  type CostModel,
} from "./query-cost.js";
import { QueryLimitError } from "./query-limit.error.js";

/** Root fields named in a cost error, largest first; the rest are summed up. */
const LISTED_FIELDS = 5;

/**
 * Rejects, before any resolver runs, an operation whose estimated SageMaker
 * calls exceed `maxCost` (see estimateQueryCost). The estimate is made for
 * each request, because page sizes usually come from variables.
 * `onEstimate` receives every estimate made, for the request log.
 */
export function queryCostPlugin<TContext extends BaseContext>(options: {
  maxCost: number;
  model: CostModel;
  onEstimate?: (contextValue: TContext, estimate: CostEstimate) => void;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, contextValue }) {
          // Without a resolved operation, execution fails before any call.
          if (!operation) return;

          const estimate = estimateOrReject(() =>
            estimateQueryCost({
              schema,
              document,
              operationName: request.operationName,
              variables: request.variables,
              model: options.model,
            }),
          );
          options.onEstimate?.(contextValue, estimate);

          if (estimate.total > options.maxCost) {
            throw new QueryLimitError("cost", estimate.total, options.maxCost, costMessage(operation.name?.value, estimate, options.maxCost), [
              operation,
            ]);
          }
        },
      };
    },
  };
}

/**
 * Runs the estimate. A document too large to estimate is rejected as too
 * costly. Any other failure is an invalid variable or argument, which is
 * reported as BAD_USER_INPUT, as execution would report it.
 */
function estimateOrReject(estimate: () => CostEstimate): CostEstimate {
  try {
    return estimate();
  } catch (error) {
    if (error instanceof TooManyFieldsToEstimateError) {
      throw new QueryLimitError(
        "cost",
        MAX_ESTIMATED_FIELDS + 1,
        MAX_ESTIMATED_FIELDS,
        `The operation has more than ${MAX_ESTIMATED_FIELDS} fields with its fragments written out, too many to estimate its SageMaker calls; ` +
          "spread fewer fragments or split the operation.",
      );
    }
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
  }
}

function costMessage(operationName: string | undefined, estimate: CostEstimate, maxCost: number): string {
  const name = operationName ? `Operation "${operationName}"` : "The anonymous operation";
  const sorted = [...estimate.byField].sort((a, b) => b.cost - a.cost);
  const listed = sorted.slice(0, LISTED_FIELDS).map(({ responseName, field, cost }) =>
    responseName === field ? `${field}: ${cost}` : `${responseName} (${field}): ${cost}`,
  );
  if (sorted.length > LISTED_FIELDS) {
    listed.push(`${sorted.length - LISTED_FIELDS} more: ${sorted.slice(LISTED_FIELDS).reduce((sum, entry) => sum + entry.cost, 0)}`);
  }

  return (
    `${name} may cost an estimated ${estimate.total} SageMaker calls (${listed.join(", ")}), above the budget of ${maxCost} per request. ` +
    "Lower it by requesting fewer jobs per page (first), leaving Describe-only fields such as progressInfo or billableTokenCount " +
    "out of lists, or sending aliased fields in separate requests."
  );
}
