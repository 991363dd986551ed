/**
 * Readers of filter values, which SageMaker takes as strings whatever the
 * property's kind.
 */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Tells whether the text is a finite decimal number such as `0.9`, `-3` or `1e-4`, without spaces. */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text) && Number.isFinite(Number(text));
}

/**
 * Parses an ISO-8601 date-time with a UTC offset (`2024-05-01T12:00:00Z`,
 * `2024-05-01T14:00+02:00`) or a date (`2024-05-01`, midnight UTC) into
 * epoch milliseconds. A date-time without an offset is rejected, because
 * its time zone would be a guess. Returns undefined for anything else,
 * impossible dates such as February 30 included.
 */
export function parseInstant(text: string): number | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;

  const [, year, month, day, hour, minute, second = "0", fraction = "0", offset] = match;
  if (hour !== undefined && offset === undefined) return undefined;

  const [y, mo, d, h, mi, s] = [year, month, day, hour ?? "0", minute ?? "0", second].map(Number);
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;

  const millis = Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(Number(`0.${fraction}`) * 1000));
  if (new Date(millis).getUTCDate() !== d) return undefined;

  return millis - offsetMinutes(offset ?? "Z") * 60_000;
}

function offsetMinutes(offset: string): number {
  if (offset === "Z") return 0;

  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(":").map(Number);
  return sign * (hours * 60 + minutes);
}

/**
 * Writes an instant as ISO-8601 in UTC, `2024-05-01T12:00:00Z`, with
 * milliseconds only when they are not zero.
 *
 * NOTE: the API reference does not state which timestamp forms a filter
 * Value may take. This form is an assumption, which the local SageMaker
 * accepts.
 */
export function formatInstant(millis: number): string {
  return new Date(millis).toISOString().replace(".000Z", "Z");
}
