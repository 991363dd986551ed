import type { CallScope } from "../sagemaker/call-scope.js";
import type { SageMakerAccess } from "../sagemaker/training-job-gateway.js";
import { finalMetricsKey, isActive, wasModified, type JobState, type Observation } from "./job-state.js";
import { sweepJobs, type SweepDepth } from "./job-sweep.js";
import { summaryOf } from "./job-update-event.js";
import type { SubscriptionSettings } from "./subscriptions.config.js";

/**
 * SageMaker's CreationTime and the gateway's clock can disagree by the
 * resolution of the timestamp, because SageMaker sends seconds, sometimes
 * with a fraction. A job created this close before the last sweep still
 * counts as new.
 */
const NEW_JOB_MARGIN_MS = 1_000;

export type PollResult = {
  /** Observations of the poll, one per job; Describe results replace summaries. */
  observations: Observation[];
  /** Jobs created since the previous poll, which have no earlier state to compare with. */
  newJobs: Set<string>;
  pages: number;
  describes: number;
};

/**
 * Runs the polls that serve every subscriber. A poll is one ListTrainingJobs
 * sweep (see sweepJobs), then DescribeTrainingJob for some jobs watched by
 * name: those the sweep does not cover and that can still change, and those
 * the sweep shows modified when their subscribers want final metrics, which
 * no summary carries. A poll makes at most `maxDescribesPerPoll` Describe
 * calls, and the jobs left over go first at the next poll.
 */
export class JobPoller {
  private depth: SweepDepth = "unknown";
  private lastSweepAt: number | undefined;
  private describeQueue: string[] = [];

  constructor(
    private readonly access: SageMakerAccess,
    private readonly settings: SubscriptionSettings,
  ) {}

  /** Forgets what earlier polls learned, for a restart after a time without subscribers. */
  reset(): void {
    this.depth = "unknown";
    this.lastSweepAt = undefined;
    this.describeQueue = [];
  }

  /**
   * Polls once. `known` contains the last state of each job. `watched` maps
   * each job watched by name to whether a subscriber of it wants final metrics.
   */
  async poll(scope: CallScope, known: ReadonlyMap<string, JobState>, watched: ReadonlyMap<string, boolean>, requestedAt: number): Promise<PollResult> {
    const sweep = await sweepJobs(this.access.api, scope, { maxPages: this.settings.sweepMaxPages, depth: this.depth });

    const byName = new Map<string, Observation>();
    for (const summary of sweep.summaries) byName.set(summary.TrainingJobName!, { summary, requestedAt });

    // A failed Describe leaves that job to the next poll; the access layer has logged the call.
    const toDescribe = this.chooseDescribes(byName, known, watched);
    const records = await Promise.all(toDescribe.map((name) => this.access.api.describeTrainingJob(scope, name).catch(() => undefined)));
    for (const record of records) {
      if (!record) continue;
      byName.set(record.TrainingJobName!, { summary: summaryOf(record), finalMetrics: finalMetricsKey(record), fresh: { record }, requestedAt });
    }

    const newJobs = new Set<string>();
    for (const [name, observation] of byName) {
      if (!known.has(name) && this.isNew(observation)) newJobs.add(name);
    }

    this.depth = sweep.nextDepth;
    this.lastSweepAt = requestedAt;
    return { observations: [...byName.values()], newJobs, pages: sweep.pages, describes: toDescribe.length };
  }

  private chooseDescribes(swept: ReadonlyMap<string, Observation>, known: ReadonlyMap<string, JobState>, watched: ReadonlyMap<string, boolean>): string[] {
    const needed = new Set<string>();
    for (const [name, wantsMetrics] of watched) {
      const state = known.get(name);
      const seen = swept.get(name);
      if (!seen && (!state || isActive(state.summary))) needed.add(name);
      if (seen && wantsMetrics && (!state || wasModified(state, seen))) needed.add(name);
    }

    const overdue = this.describeQueue.filter((name) => needed.has(name));
    const ordered = [...new Set([...overdue, ...needed])];
    const chosen = ordered.slice(0, this.settings.maxDescribesPerPoll);
    this.describeQueue = ordered.slice(this.settings.maxDescribesPerPoll);
    return chosen;
  }

  /** Tells whether a job the watcher never observed was created after the previous sweep; the first sweep finds no new jobs. */
  private isNew(observation: Observation): boolean {
    if (this.lastSweepAt === undefined) return false;
    return (observation.summary.CreationTime?.getTime() ?? 0) >= this.lastSweepAt - NEW_JOB_MARGIN_MS;
  }
}
