import type { CallScope } from "../sagemaker/call-scope.js";
import type { SageMakerApi } from "../sagemaker/sagemaker-api.js";
import { isActive } from "./job-state.js";
import type { JobSummary } from "./job-update-event.js";

/** ListTrainingJobs returns at most 100 summaries a call (MaxResults in the API reference). */
const PAGE_SIZE = 100;

/**
 * How far back a sweep must read: to the creation time of the oldest job that
 * was active at the last sweep (epoch milliseconds), "none" when no job was
 * active, or "unknown" before the first sweep.
 */
export type SweepDepth = number | "none" | "unknown";

export type SweepResult = {
  summaries: JobSummary[];
  pages: number;
  /** The depth the next sweep needs, from the jobs active in this one. */
  nextDepth: SweepDepth;
};

/**
 * Reads ListTrainingJobs newest first, unfiltered, 100 jobs a page. Jobs
 * change on their own only while they run or keep a warm pool, and new jobs
 * appear at the top. So a sweep stops after the page that reaches the oldest
 * job active at the last sweep, which is usually the first page. It reads
 * `maxPages` pages when that depth is unknown, and never more.
 *
 * NOTE: a job that is older than the `maxPages * 100` newest jobs is not
 * swept at all; its changes are seen only when it is watched by name.
 */
export async function sweepJobs(api: SageMakerApi, scope: CallScope, options: { maxPages: number; depth: SweepDepth }): Promise<SweepResult> {
  const summaries: JobSummary[] = [];
  let pages = 0;
  let nextToken: string | undefined;

  do {
    const output = await api.listTrainingJobs(scope, { SortBy: "CreationTime", SortOrder: "Descending", MaxResults: PAGE_SIZE, NextToken: nextToken });
    pages += 1;
    summaries.push(...(output.TrainingJobSummaries ?? []));
    nextToken = output.NextToken;
  } while (nextToken && pages < options.maxPages && needsMore(summaries, options.depth));

  return { summaries, pages, nextDepth: depthOf(summaries) };
}

function needsMore(summaries: readonly JobSummary[], depth: SweepDepth): boolean {
  if (depth === "unknown") return true;
  if (depth === "none") return false;

  const oldestRead = summaries.at(-1)?.CreationTime?.getTime();
  return oldestRead === undefined || oldestRead > depth;
}

function depthOf(summaries: readonly JobSummary[]): SweepDepth {
  const active = summaries.filter(isActive).map((summary) => summary.CreationTime?.getTime() ?? 0);
  return active.length === 0 ? "none" : Math.min(...active);
}
