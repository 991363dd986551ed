import { registerUpstreamEnum } from "./upstream-enum.js";

/** How the training container reads its input data. Values are the SageMaker strings. */
export enum TrainingInputMode {
  FILE = "File",
  PIPE = "Pipe",
  FAST_FILE = "FastFile",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(TrainingInputMode, {
  name: "TrainingInputMode",
  description: "How the training container reads its input data.",
  values: {
    FILE: "Data is downloaded to the instance volume before training starts.",
    PIPE: "Data is streamed from S3 into the container through a pipe.",
    FAST_FILE: "Data is streamed from S3 on demand but looks like files to the container.",
  },
});
