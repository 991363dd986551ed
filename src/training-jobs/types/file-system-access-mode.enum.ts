import { registerUpstreamEnum } from "./upstream-enum.js";

/** Mount mode of a file system data source. Values are the SageMaker strings. */
export enum FileSystemAccessMode {
  RO = "ro",
  RW = "rw",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(FileSystemAccessMode, {
  name: "FileSystemAccessMode",
  description: "Mount mode of a file system data source.",
  values: {
    RO: "Mounted read-only.",
    RW: "Mounted read-write.",
  },
});
