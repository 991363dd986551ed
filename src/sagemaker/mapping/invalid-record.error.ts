/**
 * A SageMaker record that cannot become a schema object: a member has the
 * wrong JSON type, a timestamp does not parse, or a member the schema declares
 * non-null is missing. It signals an upstream or wire-format fault, not bad
 * client input.
 */
export class InvalidSageMakerRecordError extends Error {
  override readonly name = "InvalidSageMakerRecordError";

  constructor(
    /** Location of the faulty value, for example `SecondaryStatusTransitions[2].StartTime`. */
    readonly path: string,
    message: string,
  ) {
    super(`Invalid SageMaker record at ${path}: ${message}`);
  }
}

/** Short rendering of an unexpected value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null || typeof value !== "object") return String(value);
  return "an object";
}
