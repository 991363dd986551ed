import { registerUpstreamEnum } from "./upstream-enum.js";

/** Record wrapping that SageMaker applies to the input data of a channel. Values are the SageMaker strings. */
export enum RecordWrapper {
  NONE = "None",
  RECORD_IO = "RecordIO",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(RecordWrapper, {
  name: "RecordWrapper",
  description: "Record wrapping that SageMaker applies to the input data of a channel.",
  values: {
    NONE: "Records are passed to the container as they are.",
    RECORD_IO: "Each S3 object is wrapped in a RecordIO record.",
  },
});
