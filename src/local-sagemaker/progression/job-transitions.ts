import type { WireTrainingJob } from "../wire.js";

/** One element of SecondaryStatusTransitions; an open transition has no EndTime yet. */
export type SecondaryStatusTransition = {
  Status: string;
  StartTime: number;
  EndTime?: number;
  StatusMessage?: string;
};

/** The end state of a job: its TrainingJobStatus, its last SecondaryStatus and that transition's message. */
export type JobOutcome = {
  status: "Completed" | "Failed" | "Stopped";
  secondaryStatus: string;
  message: string;
  failureReason?: string;
};

/*
 * These functions change a job the way SageMaker's own records show it
 * changing (see the SecondaryStatusTransitions of completed jobs): the open
 * transition is closed at the moment the next one opens, the final one opens
 * and closes at the same instant, and TrainingStartTime is the moment the job
 * leaves Starting. Times are epoch seconds.
 */

/** Closes the open transition, opens `status` with `message`, and bumps LastModifiedTime. */
export function enterSecondaryStatus(job: WireTrainingJob, status: string, message: string, now: number): void {
  const transitions = closeOpenTransition(job, now);
  transitions.push({ Status: status, StartTime: now, StatusMessage: message });

  job.SecondaryStatusTransitions = transitions;
  job.SecondaryStatus = status;
  job.LastModifiedTime = now;
}

/** Marks the moment training starts, when the job leaves its Starting phase. */
export function markTrainingStarted(job: WireTrainingJob, now: number): void {
  job.TrainingStartTime ??= now;
}

/**
 * Ends the job: records the final transition, the end time, and the training
 * and billable seconds (equal here; spot savings are the caller's to apply).
 */
export function finishJob(job: WireTrainingJob, outcome: JobOutcome, now: number): void {
  const transitions = closeOpenTransition(job, now);
  transitions.push({ Status: outcome.secondaryStatus, StartTime: now, EndTime: now, StatusMessage: outcome.message });

  job.SecondaryStatusTransitions = transitions;
  job.SecondaryStatus = outcome.secondaryStatus;
  job.TrainingJobStatus = outcome.status;
  job.TrainingEndTime = now;
  job.LastModifiedTime = now;
  if (outcome.failureReason !== undefined) job.FailureReason = outcome.failureReason;

  if (job.TrainingStartTime !== undefined) {
    const trainingSeconds = Math.max(0, Math.round(now - job.TrainingStartTime));
    job.TrainingTimeInSeconds = trainingSeconds;
    job.BillableTimeInSeconds = trainingSeconds;
  }
}

/** Returns a copy of the job's transitions with the open one closed at `now`. */
function closeOpenTransition(job: WireTrainingJob, now: number): SecondaryStatusTransition[] {
  const existing = Array.isArray(job.SecondaryStatusTransitions)
    ? (job.SecondaryStatusTransitions as SecondaryStatusTransition[])
    : [];
  const transitions = [...existing];

  const last = transitions.at(-1);
  if (last && last.EndTime === undefined) {
    const closed: SecondaryStatusTransition = { Status: last.Status, StartTime: last.StartTime, EndTime: now };
    if (last.StatusMessage !== undefined) closed.StatusMessage = last.StatusMessage;
    transitions[transitions.length - 1] = closed;
  }
  return transitions;
}
