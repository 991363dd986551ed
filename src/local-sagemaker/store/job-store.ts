import type { Clock } from "../clock.js";
import type { StoredJob } from "../wire.js";
import { SearchIndex } from "./search-index.js";
import { arnLookupKey } from "./training-job-arn.js";

/** How far Search lags behind writes; read on every Search, so it can change at runtime. */
export type SearchLag = { jobs: number; milliseconds: number };

/**
 * The training jobs of the local SageMaker, by name and by ARN. Every change
 * goes through `put` or `update`, so that the Search index can keep the
 * states it needs to lag behind. Jobs returned by `get`, `getByArn` and `all`
 * are the stored objects: callers read them and must not change them.
 */
export class JobStore {
  private readonly jobs = new Map<string, StoredJob>();
  private readonly namesByArn = new Map<string, string>();
  private readonly index = new SearchIndex();

  constructor(
    private readonly clock: Clock,
    private readonly searchLag: () => SearchLag,
  ) {}

  get size(): number {
    return this.jobs.size;
  }

  /**
   * Adds a job or replaces the job of the same name. `alreadyIndexed` puts it
   * in the Search index at once, as for the jobs present at start.
   */
  put(stored: StoredJob, options: { alreadyIndexed?: boolean } = {}): void {
    const name = stored.job.TrainingJobName;
    const previous = this.jobs.get(name);
    if (previous) this.namesByArn.delete(arnLookupKey(previous.job.TrainingJobArn));

    this.jobs.set(name, stored);
    this.namesByArn.set(arnLookupKey(stored.job.TrainingJobArn), name);

    const changedAt = options.alreadyIndexed ? -Infinity : this.clock();
    this.recordChange(name, stored, changedAt);
  }

  get(name: string): StoredJob | undefined {
    return this.jobs.get(name);
  }

  getByArn(arn: string): StoredJob | undefined {
    const name = this.namesByArn.get(arnLookupKey(arn));
    return name === undefined ? undefined : this.jobs.get(name);
  }

  all(): StoredJob[] {
    return [...this.jobs.values()];
  }

  /** Applies `change` to the stored job and records the new state; returns undefined for an unknown name. */
  update(name: string, change: (stored: StoredJob) => void): StoredJob | undefined {
    const stored = this.jobs.get(name);
    if (!stored) return undefined;

    change(stored);
    this.recordChange(name, stored, this.clock());
    return stored;
  }

  /**
   * Returns the jobs visible to Search: without the `jobs` newest by
   * CreationTime, and each in its newest state older than the lag.
   */
  searchView(): StoredJob[] {
    const lag = this.searchLag();
    const hidden = new Set(newestNames(this.all(), lag.jobs));
    const now = this.clock();
    const visible: StoredJob[] = [];

    for (const [name, stored] of this.jobs) {
      if (hidden.has(name)) continue;

      const state = lag.milliseconds > 0 ? this.index.visibleState(name, now, lag.milliseconds) : stored;
      if (state) visible.push(state);
    }
    return visible;
  }

  private recordChange(name: string, stored: StoredJob, changedAt: number): void {
    this.index.record(name, stored, changedAt, this.clock(), this.searchLag().milliseconds);
  }
}

function newestNames(jobs: readonly StoredJob[], count: number): string[] {
  if (count <= 0) return [];

  const newestFirst = [...jobs].sort(
    (a, b) => b.job.CreationTime - a.job.CreationTime || a.job.TrainingJobName.localeCompare(b.job.TrainingJobName),
  );
  return newestFirst.slice(0, count).map((stored) => stored.job.TrainingJobName);
}
