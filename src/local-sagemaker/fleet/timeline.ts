import type { Phase } from "./phases.js";
import type { SeededRandom } from "./random.js";

/** How far back CreationTime goes: jobs are spread over the 120 days before `now`. */
export const FLEET_WINDOW_MS = 120 * 24 * 3600 * 1000;

/** Minimum gap between a finished job's end and `now`, so no job ends in the future. */
const MIN_AGE_MS = 2 * 60 * 1000;

/** A SecondaryStatusTransition as it travels on the wire (epoch seconds). */
export type WireTransition = { Status: string; StartTime: number; EndTime?: number; StatusMessage: string };

/** The times of one job, in epoch milliseconds, and its transitions on the wire. */
export type Timeline = {
  creationMs: number;
  /** When instances were ready and input download began; undefined if the job never got that far. */
  trainingStartMs?: number;
  /** When a finished job that had started training stopped running. */
  trainingEndMs?: number;
  lastModifiedMs: number;
  /** End of the last Training phase, or `now` while training; metrics are stamped just before it. */
  lastReportMs: number;
  transitions: WireTransition[];
  running: boolean;
};

/** Placement of a job in time. Without options, a finished job lands anywhere in the window. */
export type Placement = {
  creationMs?: number;
  /** Makes a finished job end at this time, if that is not too close to `now`. */
  endMs?: number;
  /** Makes a finished job end at most this long before `now` (a warm pool still available). */
  endWithinMs?: number;
};

/** Converts epoch milliseconds to the wire's epoch seconds with a millisecond fraction. */
export function toWireTime(epochMs: number): number {
  return Math.round(epochMs) / 1000;
}

/**
 * Lays `phases` out in time. A running job's open phase is under way at
 * `nowMs`; a finished job is placed by `placement` or drawn in the window.
 */
export function placeTimeline(phases: readonly Phase[], nowMs: number, placement: Placement, rng: SeededRandom): Timeline {
  const running = phases.some((phase) => phase.open);
  const totalMs = phases.reduce((sum, phase) => sum + (phase.open ? 0 : phase.durationMs), 0);
  const creationMs = running
    ? nowMs - totalMs - Math.round(phases[phases.length - 1].durationMs * rng.float(0.1, 0.9))
    : finishedCreation(totalMs, nowMs, placement, rng);

  const transitions: WireTransition[] = [];
  let cursor = creationMs;
  let trainingStartMs: number | undefined;
  let lastReportMs = nowMs;
  let openStartMs = nowMs;
  for (const phase of phases) {
    if (trainingStartMs === undefined && (phase.status === "Downloading" || phase.status === "Training")) {
      trainingStartMs = cursor;
    }
    if (phase.open) {
      openStartMs = cursor;
      transitions.push({ Status: phase.status, StartTime: toWireTime(cursor), StatusMessage: phase.message });
    } else {
      transitions.push({ Status: phase.status, StartTime: toWireTime(cursor), EndTime: toWireTime(cursor + phase.durationMs), StatusMessage: phase.message });
    }
    if (phase.status === "Training" && !phase.open) {
      lastReportMs = cursor + phase.durationMs;
    }
    cursor += phase.durationMs;
  }

  const trainingEndMs = !running && trainingStartMs !== undefined ? cursor : undefined;
  const lastModifiedMs = running ? Math.min(nowMs, openStartMs + rng.int(0, 5000)) : cursor + rng.int(0, 30_000);
  return { creationMs, trainingStartMs, trainingEndMs, lastModifiedMs, lastReportMs, transitions, running };
}

function finishedCreation(totalMs: number, nowMs: number, placement: Placement, rng: SeededRandom): number {
  const latestCreation = nowMs - MIN_AGE_MS - totalMs;
  if (placement.creationMs !== undefined) {
    return Math.min(placement.creationMs, latestCreation);
  }
  if (placement.endMs !== undefined) {
    return Math.min(placement.endMs - totalMs, latestCreation);
  }
  if (placement.endWithinMs !== undefined) {
    return latestCreation - rng.int(0, Math.max(0, placement.endWithinMs - MIN_AGE_MS));
  }
  const earliestCreation = nowMs - FLEET_WINDOW_MS;
  return rng.int(earliestCreation, Math.max(earliestCreation, latestCreation));
}

/** Returns TrainingTimeInSeconds in whole seconds, rounded up, or undefined before the end. */
export function trainingSeconds(timeline: Timeline): number | undefined {
  if (timeline.trainingStartMs === undefined || timeline.trainingEndMs === undefined) {
    return undefined;
  }
  return Math.max(1, Math.ceil((timeline.trainingEndMs - timeline.trainingStartMs) / 1000));
}
