import type { JobChangeKind } from "./job-change.enum.js";
import type { JobUpdateEvent } from "./job-update-event.js";

/** Selection of one subscriber. Every part given must match an event. */
export type WatchSpec = {
  /** Jobs watched by name; every job when absent. */
  names?: ReadonlySet<string>;
  /** SageMaker status the job must have before or after the change. */
  statusEquals?: string;
  /** Text the job name must contain, ignoring case. */
  nameContains?: string;
  /** Kinds of change that produce an event; every kind when absent. */
  changes?: ReadonlySet<JobChangeKind>;
};

/** Tells whether a subscriber with `spec` receives `event`; INITIAL events are built per subscriber and not matched. */
export function matchesSpec(spec: WatchSpec, event: JobUpdateEvent): boolean {
  if (spec.names && !spec.names.has(event.name)) return false;
  if (spec.statusEquals && event.summary.TrainingJobStatus !== spec.statusEquals && event.previous.trainingJobStatus !== spec.statusEquals) {
    return false;
  }
  if (spec.nameContains && !event.name.toLowerCase().includes(spec.nameContains.toLowerCase())) return false;
  if (spec.changes && !event.changes.some((change) => spec.changes!.has(change))) return false;
  return true;
}
