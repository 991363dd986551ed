import type { ListTrainingJobsRequest, TrainingJobSummary } from "@aws-sdk/client-sagemaker";

import type { CallScope } from "./call-scope.js";
import { ListCursorCodec, type ListPosition } from "./list-cursor.js";
import type { SageMakerApi } from "./sagemaker-api.js";

/** ListTrainingJobs returns at most 100 summaries a call. */
const MAX_PAGE_SIZE = 100;

/** Filters and sort of a listing, in SageMaker's terms. */
export type TrainingJobListQuery = Omit<ListTrainingJobsRequest, "MaxResults" | "NextToken">;

export type ListedJob = { summary: TrainingJobSummary; cursor: string };

export type ListedPage = {
  jobs: ListedJob[];
  hasNextPage: boolean;
  endCursor: string | null;
};

function hasFilter(query: TrainingJobListQuery): boolean {
  return Object.entries(query).some(([key, value]) => key !== "SortBy" && key !== "SortOrder" && value !== undefined);
}

/**
 * Reads `first` matching jobs after `after`, following NextToken as needed.
 *
 * SageMaker applies MaxResults before its filters, so a filtered call can
 * return a short or empty page with a NextToken. The pager keeps reading until
 * it has `first` jobs plus one (to know whether another page exists), until
 * the listing ends, or until it has read `maxUpstreamPages` pages. In the last
 * case it returns the jobs it has, with `hasNextPage: true` and a cursor that
 * continues where it stopped. Unfiltered listings read exactly `first` jobs a call;
 * filtered ones read 100 a call, because most of each window is discarded.
 */
export async function readListPage(
  api: SageMakerApi,
  scope: CallScope,
  codec: ListCursorCodec,
  request: { query: TrainingJobListQuery; first: number; after?: string; maxUpstreamPages: number },
): Promise<ListedPage> {
  const { query, first } = request;
  const queryHash = ListCursorCodec.queryHash(query);
  const filtered = hasFilter(query);

  let position: ListPosition = request.after
    ? codec.decode(request.after, queryHash)
    : { token: undefined, maxResults: 0, skip: 0 };
  // A position at the start of an upstream page may be read with any window.
  // One in the middle must be read again with the window it came from,
  // because MaxResults decides which jobs the page holds.
  if (position.skip === 0) position = { ...position, maxResults: windowSize(filtered, first) };
  const jobs: ListedJob[] = [];
  let pagesRead = 0;

  while (pagesRead < request.maxUpstreamPages) {
    const output = await api.listTrainingJobs(scope, {
      ...query,
      MaxResults: position.maxResults,
      NextToken: position.token,
    });
    pagesRead += 1;

    const summaries = (output.TrainingJobSummaries ?? []).slice(position.skip);
    const nextPosition = (taken: number): ListPosition =>
      taken === summaries.length && output.NextToken
        ? { token: output.NextToken, maxResults: 0, skip: 0 }
        : { ...position, skip: position.skip + taken };

    for (let index = 0; index < summaries.length; index += 1) {
      if (jobs.length === first) {
        return { jobs, hasNextPage: true, endCursor: jobs.at(-1)?.cursor ?? null };
      }
      jobs.push({ summary: summaries[index], cursor: codec.encode(nextPosition(index + 1), queryHash) });
    }

    if (!output.NextToken) {
      return { jobs, hasNextPage: false, endCursor: jobs.at(-1)?.cursor ?? null };
    }
    if (jobs.length === first && !filtered) {
      // An unfiltered listing that returns a NextToken has more jobs.
      return { jobs, hasNextPage: true, endCursor: jobs.at(-1)?.cursor ?? null };
    }
    position = { token: output.NextToken, maxResults: windowSize(filtered, first - jobs.length + 1), skip: 0 };
  }

  // The page bound was reached: the next request resumes at `position`.
  const endCursor = codec.encode(position, queryHash);
  return { jobs: withLastCursor(jobs, endCursor), hasNextPage: true, endCursor };
}

/** Returns the MaxResults to send: 100 when filtering, otherwise what the page still needs. */
function windowSize(filtered: boolean, wanted: number): number {
  return filtered ? MAX_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, Math.max(1, wanted));
}

/** Points the last edge at the resume position, so `after: endCursor` continues correctly. */
function withLastCursor(jobs: ListedJob[], cursor: string): ListedJob[] {
  if (jobs.length === 0) return jobs;
  return [...jobs.slice(0, -1), { ...jobs.at(-1)!, cursor }];
}
