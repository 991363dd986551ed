/**
 * Conversions of filter Values (always strings on the wire) and of stored
 * values into comparable numbers, instants and Booleans.
 */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const EPOCH_SECONDS = /^[+-]?\d+(?:\.\d+)?$/;
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses an integer or decimal such as `0.9`, `-3` or `1e-4`, and returns undefined for any other text. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;

  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Tells whether the text is an integer literal, without a decimal point or exponent. */
export function isIntegerLiteral(text: string): boolean {
  return INTEGER.test(text.trim());
}

/** Parses `true` or `false` in any letter case. */
export function parseBooleanText(text: string): boolean | undefined {
  const lowered = text.trim().toLowerCase();
  if (lowered === "true") return true;
  if (lowered === "false") return false;
  return undefined;
}

/**
 * Parses a filter Value as an instant in epoch milliseconds. It accepts epoch
 * seconds (`1700000000`, `1700000000.5`) and ISO-8601 dates or date-times
 * (`2024-05-01`, `2024-05-01T12:00`, `2024-05-01T12:00:00.250+02:00`). A
 * date-time without an offset is UTC, as the API reference's example format
 * `YYYY-mm-dd'T'HH:MM:SS` carries none.
 */
export function parseInstantMillis(text: string): number | undefined {
  const trimmed = text.trim();
  if (EPOCH_SECONDS.test(trimmed)) return Math.round(Number(trimmed) * 1000);

  const match = ISO_8601.exec(trimmed);
  if (!match) return undefined;

  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0", offset = "Z"] = match;
  const fields = [year, month, day, hour, minute, second].map(Number);
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;

  const utcMillis = Date.UTC(y, mo - 1, d, h, mi, s, Math.round(Number(`0.${fraction}`) * 1000));
  if (new Date(utcMillis).getUTCDate() !== d) return undefined;

  return utcMillis - offsetMillis(offset);
}

function offsetMillis(offset: string): number {
  if (offset === "Z") return 0;

  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * Converts a stored timestamp to epoch milliseconds. The store keeps epoch
 * seconds (the wire format), but an ISO string is accepted as well.
 */
export function storedInstantMillis(value: unknown): number | undefined {
  if (typeof value === "number") return Math.round(value * 1000);
  if (typeof value === "string") return parseInstantMillis(value);
  return undefined;
}

/**
 * Removes one pair of enclosing double quotes. The SageMaker Python SDK
 * stores script-mode hyperparameters JSON-encoded, so `"0.1"` (with the
 * quotes) and `0.1` are the same hyperparameter value for comparisons.
 */
export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1);
  return text;
}
