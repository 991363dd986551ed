import type { Behaviour } from "../behaviour/behaviour.js";
import { seededRandom, type RandomSource } from "../behaviour/seeded-random.js";
import { toEpochSeconds, type Clock } from "../clock.js";
import type { JobStore } from "../store/job-store.js";
import type { ArnScope } from "../store/training-job-arn.js";
import type { StoredJob } from "../wire.js";
import { launchJobFrom } from "./job-launcher.js";
import { advanceRunningJob } from "./running-job-step.js";

export type JobProgressionDependencies = {
  store: JobStore;
  clock: Clock;
  arnScope: ArnScope;
  behaviour: () => Behaviour;
  seed: number;
  /** Receives an error thrown by a timed step, which would otherwise be lost. */
  onStepError: (error: unknown) => void;
};

/**
 * Moves running jobs through their secondary statuses while the server runs,
 * one step every `progressionIntervalMs`, and starts new jobs while fewer
 * than `minActiveJobs` are InProgress, so that there is always something to
 * watch. Choices come from a generator seeded with the server's seed, so the
 * same seed, jobs and number of steps give the same result.
 */
export class JobProgression {
  private timer: NodeJS.Timeout | undefined;
  private intervalMs = 0;
  private readonly random: RandomSource;

  constructor(private readonly deps: JobProgressionDependencies) {
    this.random = seededRandom(deps.seed ^ 0x5eed);
  }

  /** Starts, restarts or stops the timer to match the current `progressionIntervalMs`. */
  configure(): void {
    const intervalMs = this.deps.behaviour().progressionIntervalMs;
    if (intervalMs === this.intervalMs) return;

    this.stop();
    this.intervalMs = intervalMs;
    if (intervalMs > 0) {
      this.timer = setInterval(() => this.runTimedStep(), intervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.intervalMs = 0;
  }

  /**
   * Runs one step now: starts a job if too few are InProgress, then advances
   * up to `progressionJobsPerStep` jobs that are InProgress or Stopping.
   */
  step(): void {
    const behaviour = this.deps.behaviour();
    const running = this.runningJobs();
    const inProgress = running.filter(({ job }) => job.TrainingJobStatus === "InProgress");

    if (inProgress.length < behaviour.minActiveJobs) this.launchJob();

    const now = toEpochSeconds(this.deps.clock());
    for (const stored of this.pick(running, behaviour.progressionJobsPerStep)) {
      this.deps.store.update(stored.job.TrainingJobName, ({ job }) => advanceRunningJob(job, this.random, now));
    }
  }

  private runTimedStep(): void {
    try {
      this.step();
    } catch (error) {
      this.deps.onStepError(error);
    }
  }

  private runningJobs(): StoredJob[] {
    return this.deps.store
      .all()
      .filter(({ job }) => job.TrainingJobStatus === "InProgress" || job.TrainingJobStatus === "Stopping")
      .sort((a, b) => compareNames(a.job.TrainingJobName, b.job.TrainingJobName));
  }

  /** Starts a copy of a stored job chosen at random; does nothing while the store is empty. */
  private launchJob(): void {
    const templates = this.deps.store.all().sort((a, b) => compareNames(a.job.TrainingJobName, b.job.TrainingJobName));
    if (templates.length === 0) return;

    const template = templates[Math.floor(this.random() * templates.length)];
    const launched = launchJobFrom(template, this.deps.arnScope, this.deps.clock(), (name) => this.deps.store.get(name) !== undefined);
    this.deps.store.put(launched);
  }

  /** Chooses `count` distinct jobs at random (a partial Fisher-Yates shuffle). */
  private pick(jobs: StoredJob[], count: number): StoredJob[] {
    const pool = [...jobs];
    const chosen: StoredJob[] = [];
    while (chosen.length < count && pool.length > 0) {
      const index = Math.floor(this.random() * pool.length);
      chosen.push(pool[index]);
      pool[index] = pool[pool.length - 1];
      pool.pop();
    }
    return chosen;
  }
}

function compareNames(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
