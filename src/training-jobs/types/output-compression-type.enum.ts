import { registerUpstreamEnum } from "./upstream-enum.js";

/** Compression of the model artifacts that a job writes. Values are the SageMaker strings. */
export enum OutputCompressionType {
  GZIP = "GZIP",
  NONE = "NONE",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(OutputCompressionType, {
  name: "OutputCompressionType",
  description: "Compression of the model artifacts that a job writes.",
  values: {
    GZIP: "Artifacts are written as a gzip-compressed archive.",
    NONE: "Artifacts are written uncompressed.",
  },
});
