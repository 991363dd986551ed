import type { JobPlan } from "./fleet.types.js";
import type { SeededRandom } from "./random.js";

/**
 * One secondary-status phase of a job. An `open` phase is the one a running
 * job is in now, so its transition has no EndTime. A `final` phase is the
 * zero-length last transition of a finished job.
 */
export type Phase = { status: string; message: string; durationMs: number; open?: true; final?: true };

/** Lengths of the main phases of one job, in milliseconds. */
export type PhaseDurations = {
  pendingMs: number;
  startingMs: number;
  downloadingMs: number;
  trainingMs: number;
  uploadingMs: number;
};

const MESSAGES: Readonly<Record<string, string>> = {
  Pending: "Waiting for the requested compute capacity to become available",
  Starting: "Preparing the instances for training",
  LaunchingMLInstances: "Launching requested ML instances",
  PreparingTrainingStack: "Preparing the training stack on the instances",
  Downloading: "Downloading input data",
  DownloadingTrainingImage: "Downloading the training image",
  Training: "Training image download completed. Training in progress.",
  Uploading: "Uploading generated training model",
  Completed: "Training job completed",
  Failed: "Training job failed",
  Stopping: "Stopping the training job",
  Stopped: "Training job stopped",
  MaxRuntimeExceeded: "Training job stopped because it exceeded MaxRuntimeInSeconds",
  MaxWaitTimeExceeded: "Training job stopped because it exceeded MaxWaitTimeInSeconds",
  Interrupted: "Managed spot instances were interrupted; waiting for spot capacity to resume training",
  Restarting: "Restarting the training job after an internal error",
  Updating: "Updating the profiler configuration of the training job",
};

const LEGACY_STATUSES = new Set(["LaunchingMLInstances", "PreparingTrainingStack", "DownloadingTrainingImage"]);

/**
 * Lists the phases a job has gone through, up to its current secondary status.
 * `imageOnlyDownload` is true when no input is copied to the instances (Pipe,
 * FastFile or file-system input), so the Downloading phase fetches only the image.
 */
export function planPhases(plan: JobPlan, durations: PhaseDurations, imageOnlyDownload: boolean, rng: SeededRandom): Phase[] {
  const phase = (status: string, durationMs: number): Phase => ({
    status,
    message: status === "Downloading" && imageOnlyDownload ? MESSAGES.DownloadingTrainingImage : MESSAGES[status],
    durationMs: Math.round(durationMs),
  });
  const seconds = (min: number, max: number): number => rng.int(min * 1000, max * 1000);

  const secondary = plan.secondary;
  if (LEGACY_STATUSES.has(secondary)) {
    return legacyPhases(secondary, durations, phase, seconds);
  }

  const head = plan.features.has("pendingCapacity") ? [phase("Pending", durations.pendingMs)] : [];
  if (secondary === "Pending") {
    return [open(phase("Pending", durations.pendingMs))];
  }
  head.push(phase("Starting", durations.startingMs));
  const download = phase("Downloading", durations.downloadingMs);
  const training = phase("Training", durations.trainingMs);
  const upload = phase("Uploading", durations.uploadingMs);

  switch (plan.status) {
    case "InProgress":
      return inProgressPhases(secondary, head, download, training, upload, phase, seconds);
    case "Failed":
      return [...head, ...haltedAfter(plan, download, training), final(phase("Failed", 0))];
    case "Stopping":
      return [...head, ...haltedAfter(plan, download, training), open(phase("Stopping", seconds(10, 90)))];
    case "Stopped":
      return stoppedPhases(secondary, head, download, training, upload, phase, seconds);
    default:
      return [...head, ...completedRun(plan, { download, training, upload }, phase, rng), final(phase("Completed", 0))];
  }
}

type MakePhase = (status: string, durationMs: number) => Phase;
type DrawSeconds = (min: number, max: number) => number;

function legacyPhases(secondary: string, durations: PhaseDurations, phase: MakePhase, seconds: DrawSeconds): Phase[] {
  const phases = [phase("Starting", seconds(5, 20)), phase("LaunchingMLInstances", durations.startingMs)];
  if (secondary !== "LaunchingMLInstances") {
    phases.push(phase("PreparingTrainingStack", seconds(20, 60)));
  }
  if (secondary === "DownloadingTrainingImage") {
    phases.push(phase("Downloading", durations.downloadingMs), phase("DownloadingTrainingImage", seconds(20, 120)));
  }
  open(phases[phases.length - 1]);
  return phases;
}

function inProgressPhases(secondary: string, head: Phase[], download: Phase, training: Phase, upload: Phase, phase: MakePhase, seconds: DrawSeconds): Phase[] {
  switch (secondary) {
    case "Starting":
      return [...head.slice(0, -1), open(head[head.length - 1])];
    case "Downloading":
      return [...head, open(download)];
    case "Training":
      return [...head, download, open(training)];
    case "Uploading":
      return [...head, download, training, open(upload)];
    case "Interrupted":
      return [...head, download, training, open(phase("Interrupted", seconds(300, 3600)))];
    case "Restarting":
      return [...head, download, training, open(phase("Restarting", seconds(30, 180)))];
    case "Updating":
      return [...head, download, training, open(phase("Updating", seconds(10, 90)))];
    default:
      throw new RangeError(`Unsupported secondary status "${secondary}" for an InProgress job: add its phases to planPhases.`);
  }
}

function stoppedPhases(secondary: string, head: Phase[], download: Phase, training: Phase, upload: Phase, phase: MakePhase, seconds: DrawSeconds): Phase[] {
  switch (secondary) {
    case "MaxRuntimeExceeded":
      return [...head, download, training, upload, final(phase("MaxRuntimeExceeded", 0))];
    case "MaxWaitTimeExceeded":
      return [...head, download, training, phase("Interrupted", seconds(1800, 7200)), final(phase("MaxWaitTimeExceeded", 0))];
    default:
      return [...head, download, training, phase("Stopping", seconds(10, 90)), upload, final(phase("Stopped", 0))];
  }
}

/** Phases of a run that reached its end, with a spot interruption or an automatic retry on the way when planned. */
function completedRun(
  plan: JobPlan,
  { download, training, upload }: { download: Phase; training: Phase; upload: Phase },
  phase: MakePhase,
  rng: SeededRandom,
): Phase[] {
  const pause = plan.features.has("spotInterruption") ? "Interrupted" : plan.features.has("retryRestart") ? "Restarting" : undefined;
  if (pause === undefined) {
    return [download, training, upload];
  }

  const firstPart = phase("Training", training.durationMs * rng.float(0.2, 0.7));
  const secondPart = phase("Training", training.durationMs - firstPart.durationMs);
  const pauseMs = pause === "Interrupted" ? rng.int(300_000, 3_600_000) : rng.int(30_000, 180_000);
  const restart = phase("Starting", rng.int(60_000, 240_000));
  return [download, firstPart, phase(pause, pauseMs), restart, phase("Downloading", download.durationMs), secondPart, upload];
}

function haltedAfter(plan: JobPlan, download: Phase, training: Phase): Phase[] {
  switch (plan.haltStage) {
    case "starting":
      return [];
    case "downloading":
      return [download];
    default:
      return [download, training];
  }
}

function open(phase: Phase): Phase {
  phase.open = true;
  return phase;
}

function final(phase: Phase): Phase {
  phase.final = true;
  return phase;
}
