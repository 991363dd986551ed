import { validationError } from "../service-error.js";

/**
 * The source of a Search property: a metric, hyperparameter, tag or record
 * path. `Metrics.<name>`,
 * `HyperParameters.<name>` and `Tags.<key>` take the rest of the name
 * verbatim, because metric names, hyperparameter names and tag keys may
 * contain dots and colons (`validation:auc`). Any other name is a dotted path
 * into the TrainingJob record, such as `ResourceConfig.InstanceType`.
 */
export type PropertyReference =
  | { source: "metric"; metricName: string }
  | { source: "hyperParameter"; hyperParameterName: string }
  | { source: "tag"; tagKey: string }
  | { source: "record"; segments: string[] };

const PREFIXED_SOURCES: { prefix: string; make: (rest: string) => PropertyReference }[] = [
  { prefix: "Metrics.", make: (rest) => ({ source: "metric", metricName: rest }) },
  { prefix: "HyperParameters.", make: (rest) => ({ source: "hyperParameter", hyperParameterName: rest }) },
  { prefix: "Tags.", make: (rest) => ({ source: "tag", tagKey: rest }) },
];

/**
 * Parses a property name, or throws a ValidationException naming the
 * request location when the name has an empty part.
 */
export function parsePropertyName(name: string, location: string): PropertyReference {
  for (const { prefix, make } of PREFIXED_SOURCES) {
    if (!name.startsWith(prefix)) continue;

    const rest = name.slice(prefix.length);
    if (rest === "") {
      throw validationError(
        `Property name '${name}' at '${location}' has nothing after '${prefix}'. ` +
          `Add the metric name, hyperparameter name or tag key, as in '${prefix}example'.`,
      );
    }
    return make(rest);
  }

  return { source: "record", segments: parseDottedPath(name, location) };
}

/** Splits a dotted path such as `InputDataConfig.ChannelName` into its segments. */
export function parseDottedPath(name: string, location: string): string[] {
  const segments = name.split(".");
  if (segments.some((segment) => segment === "")) {
    throw validationError(
      `Property name '${name}' at '${location}' has an empty segment. ` +
        "Write a dotted path of member names, such as 'ResourceConfig.InstanceType'.",
    );
  }
  return segments;
}
