import { GraphQLError, type ASTNode } from "graphql";

/** The bounds a query can break before it runs, as reported in `extensions.limit`. */
export type QueryLimitName = "depth" | "aliases" | "rootFields" | "cost";

/**
 * A query rejected by one of the gateway's bounds. It carries Apollo's
 * `GRAPHQL_VALIDATION_FAILED` code, so clients treat it like any other
 * invalid query, plus the bound's name, its maximum and the query's value.
 * The HTTP status is 400.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: QueryLimitName,
    readonly actual: number,
    readonly maximum: number,
    message: string,
    nodes?: readonly ASTNode[],
  ) {
    super(message, {
      nodes,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit, actual, maximum, http: { status: 400 } },
    });
  }
}
