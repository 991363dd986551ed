import { toEpochSeconds, type Clock } from "../clock.js";
import type { JobStore } from "../store/job-store.js";
import { enterSecondaryStatus, finishJob } from "./job-transitions.js";

/**
 * Carries out StopTrainingJob: the job turns Stopping/Stopping at once and
 * Stopped/Stopped after a delay, standing in for the time SageMaker gives
 * the training container to exit.
 */
export class StopSequence {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: JobStore,
    private readonly clock: Clock,
    private readonly delayMs: () => number,
  ) {}

  /** Moves the named job to Stopping now and schedules its move to Stopped. */
  begin(name: string): void {
    const now = toEpochSeconds(this.clock());
    this.store.update(name, ({ job }) => {
      job.TrainingJobStatus = "Stopping";
      enterSecondaryStatus(job, "Stopping", "Stopping the training job", now);
    });

    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.complete(name);
    }, this.delayMs());
    timer.unref();
    this.timers.add(timer);
  }

  /** Cancels every pending move to Stopped; the jobs stay Stopping. */
  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private complete(name: string): void {
    if (this.store.get(name)?.job.TrainingJobStatus !== "Stopping") return;

    const now = toEpochSeconds(this.clock());
    this.store.update(name, ({ job }) => {
      finishJob(job, { status: "Stopped", secondaryStatus: "Stopped", message: "Training job stopped" }, now);
    });
  }
}
