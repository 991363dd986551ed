import { registerEnumType } from "type-graphql";

import { SEARCH_PROPERTIES, type SearchProperty } from "./search-property.catalog.js";

/**
 * Converts a dotted SageMaker property path into a GraphQL enum value name:
 * words in ALL_CAPS joined by underscores, with each dot as one underscore
 * (`ResourceConfig.VolumeSizeInGB` -> `RESOURCE_CONFIG_VOLUME_SIZE_IN_GB`,
 * `AutoMLJobArn` -> `AUTO_ML_JOB_ARN`, `S3Uri` -> `S3_URI`).
 */
export function toEnumValueName(path: string): string {
  return path
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .replace(/\./g, "_")
    .toUpperCase();
}

/**
 * The catalogued training-job properties as a GraphQL enum. Each value name
 * is derived from the path, and each internal value is the path itself, so
 * resolvers see `ResourceConfig.InstanceType` for
 * `RESOURCE_CONFIG_INSTANCE_TYPE`.
 */
export const TrainingJobSearchProperty: Readonly<Record<string, string>> = Object.fromEntries(
  SEARCH_PROPERTIES.map((property) => [toEnumValueName(property.name), property.name]),
);

/** Internal value of TrainingJobSearchProperty: a SageMaker property path. */
export type TrainingJobSearchProperty = string;

registerEnumType(TrainingJobSearchProperty, {
  name: "TrainingJobSearchProperty",
  description:
    "Training-job properties that Search filters and sorts on, named after their SageMaker paths " +
    "(RESOURCE_CONFIG_INSTANCE_TYPE is ResourceConfig.InstanceType). Metrics, hyperparameters and tags " +
    "have no value here: name them in SearchFilter.name or sortBy as Metrics.<name>, HyperParameters.<name> or Tags.<key>.",
  valuesConfig: Object.fromEntries(
    SEARCH_PROPERTIES.map((property) => [toEnumValueName(property.name), { description: describe(property) }]),
  ),
});

function describe(property: SearchProperty): string {
  const scope = property.nestedIn ? `, one value per element of ${property.nestedIn}` : "";
  return `${property.name} (${property.kind}${scope}).`;
}
