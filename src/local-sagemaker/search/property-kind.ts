import type { PropertyReference } from "./property-name.js";

/**
 * The comparison kind of a property. `hyperParameter` is text that compares
 * numerically when the filter Value is a number. `object` is a structure or
 * a list of structures, which only Exists and NotExists can test. `absent`
 * means no job in the store has the property.
 */
export type PropertyKind = "number" | "timestamp" | "boolean" | "text" | "hyperParameter" | "object" | "absent";

/**
 * Infers a property's kind. Metrics are numbers, tags are text and
 * hyperparameters are `hyperParameter`, whatever the store contains. For a
 * record path, the first value found in the store decides the kind.
 *
 * @param storeValues the property's values across every stored job, in store order.
 */
export function inferPropertyKind(reference: PropertyReference, storeValues: () => Iterable<unknown>): PropertyKind {
  switch (reference.source) {
    case "metric":
      return "number";
    case "hyperParameter":
      return "hyperParameter";
    case "tag":
      return "text";
    case "record":
      return inferRecordPathKind(reference.segments, storeValues());
  }
}

function inferRecordPathKind(segments: readonly string[], values: Iterable<unknown>): PropertyKind {
  for (const value of values) {
    switch (typeof value) {
      case "number":
        return isTimestampMember(segments[segments.length - 1]) ? "timestamp" : "number";
      case "boolean":
        return "boolean";
      case "string":
        return "text";
      case "object":
        return "object";
    }
  }
  return "absent";
}

/**
 * Tells whether a member is a timestamp. In the TrainingJob shape of
 * @aws-sdk/client-sagemaker 3.1142.0, every timestamp member ends in `Time`
 * (`CreationTime`, `SecondaryStatusTransitions.StartTime`) or is
 * `FinalMetricDataList.Timestamp`, and no other member does. Durations end
 * in `Seconds` instead (`TrainingTimeInSeconds`).
 */
function isTimestampMember(member: string): boolean {
  return member.endsWith("Time") || member === "Timestamp";
}
