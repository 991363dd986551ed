import { registerUpstreamEnum } from "./upstream-enum.js";

/** How SageMaker reaches the Docker registry that contains the training image. Values are the SageMaker strings. */
export enum TrainingRepositoryAccessMode {
  PLATFORM = "Platform",
  VPC = "Vpc",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(TrainingRepositoryAccessMode, {
  name: "TrainingRepositoryAccessMode",
  description: "How SageMaker reaches the Docker registry that contains the training image.",
  values: {
    PLATFORM: "Through the public network, as for Amazon ECR images.",
    VPC: "Through the job's VPC, for a private registry.",
  },
});
