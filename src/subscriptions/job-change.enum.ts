import { registerEnumType } from "type-graphql";

/** Kind of change of a training job in one `trainingJobUpdated` event. */
export enum JobChangeKind {
  INITIAL = "INITIAL",
  TRAINING_JOB_STATUS = "TRAINING_JOB_STATUS",
  SECONDARY_STATUS = "SECONDARY_STATUS",
  WARM_POOL_STATUS = "WARM_POOL_STATUS",
  FINAL_METRICS = "FINAL_METRICS",
  TAGS = "TAGS",
}

registerEnumType(JobChangeKind, {
  name: "JobChange",
  description: "What changed about a training job in a trainingJobUpdated event.",
  valuesConfig: {
    INITIAL: { description: "Not a change: the job's state when the subscription starts, sent once per job watched by name." },
    TRAINING_JOB_STATUS: { description: "The primary status changed, or the job is new." },
    SECONDARY_STATUS: { description: "The secondary status changed." },
    WARM_POOL_STATUS: { description: "The status of the warm pool kept after the job changed." },
    FINAL_METRICS: { description: "The final metric values changed. Detected only for jobs watched by name." },
    TAGS: { description: "Tags were added or removed through this gateway. Tag changes made elsewhere are not seen." },
  },
});
