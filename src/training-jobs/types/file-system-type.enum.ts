import { registerUpstreamEnum } from "./upstream-enum.js";

/** Kind of file system that serves as a data source. Values are the SageMaker strings. */
export enum FileSystemType {
  EFS = "EFS",
  FSX_LUSTRE = "FSxLustre",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(FileSystemType, {
  name: "FileSystemType",
  description: "Kind of file system that serves as a data source.",
  values: {
    EFS: "Amazon Elastic File System.",
    FSX_LUSTRE: "Amazon FSx for Lustre.",
  },
});
