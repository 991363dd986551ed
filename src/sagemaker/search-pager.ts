import type { SearchExpression } from "@aws-sdk/client-sagemaker";

import type { CallScope } from "./call-scope.js";
import { ListCursorCodec } from "./list-cursor.js";
import type { SageMakerApi } from "./sagemaker-api.js";
import { MAX_SEARCH_RESULTS } from "./search-names.js";

/** A Search over training jobs, in SageMaker's terms. */
export type TrainingJobSearchQuery = {
  expression?: SearchExpression;
  sortBy?: string;
  sortOrder?: "Ascending" | "Descending";
};

export type SearchedPage = {
  records: Awaited<ReturnType<SageMakerApi["searchTrainingJobs"]>>["jobs"];
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalHits?: { value: number; relation: string };
};

/**
 * Reads one page of Search results. Search applies its filters before
 * MaxResults, so one call with MaxResults = `first` fills the page. Cursors
 * carry Search's own NextToken, signed like list cursors.
 */
export async function readSearchPage(
  api: SageMakerApi,
  scope: CallScope,
  codec: ListCursorCodec,
  request: { query: TrainingJobSearchQuery; first: number; after?: string },
): Promise<SearchedPage> {
  const queryHash = ListCursorCodec.queryHash({ search: request.query });
  const position = request.after ? codec.decode(request.after, queryHash) : { token: undefined, maxResults: 0, skip: 0 };

  // A cursor in the middle of a Search page reads that page again from its
  // token and drops the records the client already has.
  const window = Math.min(MAX_SEARCH_RESULTS, position.skip + request.first);
  const output = await api.searchTrainingJobs(scope, {
    ...request.query,
    maxResults: window,
    nextToken: position.token,
  });
  const records = output.jobs.slice(position.skip);

  const cursors = records.map((_, index) => {
    const endOfWindow = index === records.length - 1 && output.nextToken !== undefined;
    return endOfWindow
      ? codec.encode({ token: output.nextToken, maxResults: 0, skip: 0 }, queryHash)
      : codec.encode({ token: position.token, maxResults: window, skip: position.skip + index + 1 }, queryHash);
  });
  const moreInWindow = output.jobs.length > position.skip + records.length;

  return {
    records,
    cursors,
    hasNextPage: moreInWindow || (output.nextToken !== undefined && records.length > 0),
    endCursor: cursors.at(-1) ?? null,
    totalHits: output.totalHits,
  };
}
