import { toTrainingJobSummary } from "../store/training-job-summary.js";
import type { StoredJob, WireTrainingJob } from "../wire.js";
import {
  readListTrainingJobsRequest,
  type ListFilters,
  type ListSortKey,
  type ListTrainingJobsRequest,
} from "./list-training-jobs.request.js";
import type { OperationHandler } from "./operation-context.js";

/** Position at the end of a page: the sort value and name of its last job. */
type ListCursor = { value: string | number; name: string };

/**
 * ListTrainingJobs with SageMaker's order of work: it takes the next
 * MaxResults jobs in sort order after the token, then applies the filters to
 * that window only. A page can therefore be short or empty and still carry a
 * NextToken, which is present whenever jobs remain beyond the window. The
 * API reference states this for StatusEquals and MaxResults; it is applied
 * here to every filter, as SageMaker users report for NameContains too.
 */
export const listTrainingJobs: OperationHandler = (body, context) => {
  const request = readListTrainingJobsRequest(body);
  const shape = { filters: request.filters, sortBy: request.sortBy, sortOrder: request.sortOrder };
  const ordered = sortJobs(context.store.all(), request);

  let start = 0;
  if (request.nextToken !== undefined) {
    const cursor = context.tokens.read("ListTrainingJobs", shape, request.nextToken) as ListCursor;
    start = ordered.findIndex((stored) => compareToCursor(stored.job, cursor, request) > 0);
    if (start === -1) start = ordered.length;
  }

  const window = ordered.slice(start, start + request.maxResults);
  const summaries = window.filter(({ job }) => matchesFilters(job, request.filters)).map(({ job }) => toTrainingJobSummary(job));
  const response: Record<string, unknown> = { TrainingJobSummaries: summaries };

  const last = window.at(-1);
  if (last !== undefined && start + window.length < ordered.length) {
    const cursor: ListCursor = { value: sortValue(last.job, request.sortBy), name: last.job.TrainingJobName };
    response.NextToken = context.tokens.issue("ListTrainingJobs", shape, cursor);
  }
  return response;
};

function sortValue(job: WireTrainingJob, sortBy: ListSortKey): string | number {
  if (sortBy === "Name") return job.TrainingJobName;
  if (sortBy === "Status") return job.TrainingJobStatus;
  return job.CreationTime;
}

/** Orders by the sort value, then by name so that equal values have a stable order across pages. */
function compareAscending(a: ListCursor, b: ListCursor): number {
  if (a.value < b.value) return -1;
  if (a.value > b.value) return 1;
  if (a.name < b.name) return -1;
  if (a.name > b.name) return 1;
  return 0;
}

function compareToCursor(job: WireTrainingJob, cursor: ListCursor, request: ListTrainingJobsRequest): number {
  const order = compareAscending({ value: sortValue(job, request.sortBy), name: job.TrainingJobName }, cursor);
  return request.sortOrder === "Ascending" ? order : -order;
}

function sortJobs(jobs: StoredJob[], request: ListTrainingJobsRequest): StoredJob[] {
  const keyed = jobs.map((stored) => ({ stored, key: { value: sortValue(stored.job, request.sortBy), name: stored.job.TrainingJobName } }));
  keyed.sort((a, b) => compareAscending(a.key, b.key) * (request.sortOrder === "Ascending" ? 1 : -1));
  return keyed.map(({ stored }) => stored);
}

/**
 * Time filters are exclusive bounds. A job without LastModifiedTime is
 * treated as last modified at its creation.
 * NOTE: NameContains is matched case-insensitively, an assumption (SageMaker
 * compares names case-insensitively in ARNs; the API reference is silent).
 */
function matchesFilters(job: WireTrainingJob, filters: ListFilters): boolean {
  const lastModified = job.LastModifiedTime ?? job.CreationTime;

  if (filters.CreationTimeAfter !== undefined && !(job.CreationTime > filters.CreationTimeAfter)) return false;
  if (filters.CreationTimeBefore !== undefined && !(job.CreationTime < filters.CreationTimeBefore)) return false;
  if (filters.LastModifiedTimeAfter !== undefined && !(lastModified > filters.LastModifiedTimeAfter)) return false;
  if (filters.LastModifiedTimeBefore !== undefined && !(lastModified < filters.LastModifiedTimeBefore)) return false;
  if (filters.NameContains !== undefined && !job.TrainingJobName.toLowerCase().includes(filters.NameContains.toLowerCase())) {
    return false;
  }
  if (filters.StatusEquals !== undefined && job.TrainingJobStatus !== filters.StatusEquals) return false;
  if (filters.WarmPoolStatusEquals !== undefined && job.WarmPoolStatus?.Status !== filters.WarmPoolStatusEquals) return false;
  if (filters.TrainingPlanArnEquals !== undefined && job.ResourceConfig?.TrainingPlanArn !== filters.TrainingPlanArnEquals) {
    return false;
  }
  return true;
}
