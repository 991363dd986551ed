import { registerUpstreamEnum } from "./upstream-enum.js";

/** Kind of work a serverless training job does. Values are the SageMaker strings. */
export enum ServerlessJobType {
  FINE_TUNING = "FineTuning",
  EVALUATION = "Evaluation",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(ServerlessJobType, {
  name: "ServerlessJobType",
  description: "Kind of work a serverless training job does.",
  values: {
    FINE_TUNING: "Fine-tunes a base model.",
    EVALUATION: "Evaluates a model.",
  },
});
