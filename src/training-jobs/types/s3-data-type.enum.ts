import { registerUpstreamEnum } from "./upstream-enum.js";

/** How the S3 URI of a data source selects objects. Values are the SageMaker strings. */
export enum S3DataType {
  S3_PREFIX = "S3Prefix",
  MANIFEST_FILE = "ManifestFile",
  AUGMENTED_MANIFEST_FILE = "AugmentedManifestFile",
  CONVERSE = "Converse",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(S3DataType, {
  name: "S3DataType",
  description: "How the S3 URI of a data source selects objects.",
  values: {
    S3_PREFIX: "The URI is a key prefix; every object under it is used.",
    MANIFEST_FILE: "The URI names a manifest file that lists the objects.",
    AUGMENTED_MANIFEST_FILE: "The URI names an augmented manifest file in JSON Lines format.",
    CONVERSE: "The URI holds conversation data in the Converse format.",
  },
});
