import { registerUpstreamEnum } from "./upstream-enum.js";

/** Compression of the input data of a channel. Values are the SageMaker strings. */
export enum CompressionType {
  NONE = "None",
  GZIP = "Gzip",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(CompressionType, {
  name: "CompressionType",
  description: "Compression of the input data of a channel.",
  values: {
    NONE: "The data is not compressed.",
    GZIP: "The data is compressed with gzip.",
  },
});
