import { registerUpstreamEnum } from "./upstream-enum.js";

/** How S3 input data is spread over the training instances. Values are the SageMaker strings. */
export enum S3DataDistribution {
  FULLY_REPLICATED = "FullyReplicated",
  SHARDED_BY_S3_KEY = "ShardedByS3Key",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(S3DataDistribution, {
  name: "S3DataDistribution",
  description: "How S3 input data is spread over the training instances.",
  values: {
    FULLY_REPLICATED: "Every instance receives the whole data set.",
    SHARDED_BY_S3_KEY: "Each instance receives a subset of the S3 objects.",
  },
});
