import { JobChangeKind } from "./job-change.enum.js";
import { detectChanges, type JobState, type Observation } from "./job-state.js";
import { statusValuesOf, type JobUpdateEvent } from "./job-update-event.js";

/**
 * Last observed state of each job the watcher follows. A new look at a job
 * becomes a change event when it differs from the stored state. A look that
 * was requested before the stored state is outdated: it is not stored and
 * shows no change, so events of one job never go back in time.
 */
export class JobStates {
  private readonly states = new Map<string, JobState>();

  /** The stored states by job name, for the poller to compare with. */
  get byName(): ReadonlyMap<string, JobState> {
    return this.states;
  }

  get(name: string): JobState | undefined {
    return this.states.get(name);
  }

  /** Stores `state` unless a state of the job is already stored; returns the stored one. */
  restore(state: JobState): JobState {
    const name = state.summary.TrainingJobName!;
    const stored = this.states.get(name) ?? state;
    this.states.set(name, stored);
    return stored;
  }

  /**
   * Compares a look with the stored state and stores it when it is not
   * outdated. Returns the change event (undefined when nothing changed) and
   * whether the look is now the stored state. A job seen for the first time
   * is a change only when `isNew`. `extraChange` is added whatever the look
   * shows, for changes no look can detect, such as tags.
   */
  record(observation: Observation, options: { isNew: boolean; extraChange?: JobChangeKind }): { event?: JobUpdateEvent; current: boolean } {
    const name = observation.summary.TrainingJobName!;
    const previous = this.states.get(name);
    const outdated = previous !== undefined && observation.requestedAt < previous.requestedAt;

    const changes = previous && !outdated ? detectChanges(previous, observation) : [];
    if (!previous && options.isNew) changes.push(JobChangeKind.TRAINING_JOB_STATUS);
    if (options.extraChange) changes.push(options.extraChange);
    if (!outdated) this.states.set(name, { ...observation, finalMetrics: observation.finalMetrics ?? previous?.finalMetrics });
    if (changes.length === 0) return { current: !outdated };

    const event: JobUpdateEvent = {
      name,
      changes,
      previous: previous ? statusValuesOf(previous.summary) : {},
      observedAt: observation.requestedAt,
      summary: observation.summary,
      fresh: observation.fresh,
    };
    return { event, current: !outdated };
  }

  /** Drops the states of jobs `keep` rejects, so that the map stays bounded. */
  forget(keep: (name: string) => boolean): void {
    for (const name of this.states.keys()) {
      if (!keep(name)) this.states.delete(name);
    }
  }

  clear(): void {
    this.states.clear();
  }
}

/** Builds the first event of a job watched by name: its stored state, marked INITIAL. */
export function initialEvent(state: JobState): JobUpdateEvent {
  return {
    name: state.summary.TrainingJobName!,
    changes: [JobChangeKind.INITIAL],
    previous: {},
    observedAt: state.requestedAt,
    summary: state.summary,
    fresh: state.fresh,
  };
}
