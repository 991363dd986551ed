import type { Behaviour } from "./behaviour/behaviour.js";
import type { BehaviourUpdate } from "./behaviour/behaviour-update.js";
import type { CallStatsSnapshot, CountsByOperation } from "./behaviour/call-stats.js";
import type { StoredJob } from "./wire.js";

/** A running local SageMaker. */
export interface LocalSageMaker {
  /** Base URL for the SDK's `endpoint` option or AWS_ENDPOINT_URL_SAGEMAKER, e.g. `http://127.0.0.1:4567`. */
  readonly url: string;
  readonly port: number;
  /** Calls served per operation since start or the last reset (see CallStatsSnapshot for what counts). */
  stats(): CountsByOperation;
  /** Served, throttled and failed calls per operation. */
  callStats(): CallStatsSnapshot;
  resetStats(): void;
  behaviour(): Behaviour;
  /** Replaces the given behaviour members and returns the result; throws InvalidBehaviourError on a bad value. */
  setBehaviour(update: BehaviourUpdate): Behaviour;
  /** Adds a job or replaces the job of the same name. Search finds the change once the configured lag has passed. */
  putJob(stored: StoredJob): void;
  /** Returns a copy of the named job with its tags, or undefined. */
  getJob(name: string): StoredJob | undefined;
  /** Names of all stored jobs, in the order they were first stored. */
  jobNames(): string[];
  /** Runs one progression step at once, whether or not the timer runs (for tests and demos). */
  advanceProgression(): void;
  /** Stops the timers, destroys open connections and closes the port; later calls return the same promise. */
  close(): Promise<void>;
}
