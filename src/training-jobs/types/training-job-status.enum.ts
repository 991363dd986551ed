import { registerUpstreamEnum } from "./upstream-enum.js";

/** Primary status of a training job. Values are the SageMaker strings. */
export enum TrainingJobStatus {
  IN_PROGRESS = "InProgress",
  COMPLETED = "Completed",
  FAILED = "Failed",
  STOPPING = "Stopping",
  STOPPED = "Stopped",
  DELETING = "Deleting",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(TrainingJobStatus, {
  name: "TrainingJobStatus",
  description: "Primary status of a training job.",
  values: {
    IN_PROGRESS: "The job is running.",
    COMPLETED: "The job finished successfully.",
    FAILED: "The job failed; see failureReason.",
    STOPPING: "A stop was requested and the job is shutting down.",
    STOPPED: "The job was stopped before it finished.",
    DELETING: "The job is being deleted.",
  },
});
