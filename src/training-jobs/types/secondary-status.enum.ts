import { registerUpstreamEnum } from "./upstream-enum.js";

/** Detailed stage of a training job, refining its primary status. Values are the SageMaker strings. */
export enum SecondaryStatus {
  STARTING = "Starting",
  PENDING = "Pending",
  LAUNCHING_ML_INSTANCES = "LaunchingMLInstances",
  PREPARING_TRAINING_STACK = "PreparingTrainingStack",
  DOWNLOADING = "Downloading",
  DOWNLOADING_TRAINING_IMAGE = "DownloadingTrainingImage",
  TRAINING = "Training",
  UPLOADING = "Uploading",
  RESTARTING = "Restarting",
  INTERRUPTED = "Interrupted",
  UPDATING = "Updating",
  STOPPING = "Stopping",
  STOPPED = "Stopped",
  MAX_RUNTIME_EXCEEDED = "MaxRuntimeExceeded",
  MAX_WAIT_TIME_EXCEEDED = "MaxWaitTimeExceeded",
  COMPLETED = "Completed",
  FAILED = "Failed",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(SecondaryStatus, {
  name: "SecondaryStatus",
  description: "Detailed stage of a training job, refining its primary status.",
  values: {
    STARTING: "SageMaker is starting the job.",
    PENDING: "The job waits for compute capacity.",
    LAUNCHING_ML_INSTANCES: "SageMaker is launching the ML instances.",
    PREPARING_TRAINING_STACK: "SageMaker is preparing the training stack on the instances.",
    DOWNLOADING: "Input data is being downloaded to the instances.",
    DOWNLOADING_TRAINING_IMAGE: "The training container image is being downloaded.",
    TRAINING: "The training code is running.",
    UPLOADING: "Model artifacts are being uploaded to S3.",
    RESTARTING: "The job is restarting.",
    INTERRUPTED: "The job stopped because its managed Spot instances were interrupted.",
    UPDATING: "The job is being updated.",
    STOPPING: "The job is stopping.",
    STOPPED: "The job was stopped by a request.",
    MAX_RUNTIME_EXCEEDED: "The job was stopped because it reached its maximum run time.",
    MAX_WAIT_TIME_EXCEEDED: "The job was stopped because it reached its maximum wait time for Spot capacity.",
    COMPLETED: "The job finished successfully.",
    FAILED: "The job failed.",
  },
});
