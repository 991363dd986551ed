import { describeValue, InvalidSageMakerRecordError } from "./invalid-record.error.js";
import { formatPath, type MappingPath } from "./mapping-context.js";

/** Decimal number text such as `1645031653.123`: an epoch-seconds timestamp. */
const EPOCH_SECONDS_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Converts a SageMaker timestamp to a `Date`. The SDK already returns `Date`
 * objects. Records read from JSON carry epoch seconds as a number (the AWS
 * JSON 1.1 wire format) or ISO-8601 text. Seconds are rounded to whole
 * milliseconds, as the SDK's own parser does.
 */
export function toDate(value: unknown, parent: MappingPath | undefined, key: string | number): Date {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else if (typeof value === "number") {
    if (Number.isFinite(value)) return new Date(Math.round(value * 1000));
  } else if (typeof value === "string") {
    const date = EPOCH_SECONDS_TEXT.test(value) ? new Date(Math.round(Number(value) * 1000)) : new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }

  throw new InvalidSageMakerRecordError(
    formatPath(parent, key),
    `expected a timestamp (Date, epoch seconds or ISO-8601 text), got ${describeValue(value)}.`,
  );
}
