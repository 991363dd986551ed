import { validationError } from "../service-error.js";

/**
 * Collects the model constraint violations of one request and reports them
 * together, in the form AWS JSON services use:
 * `2 validation errors detected: Value 'x' at 'maxResults' failed to satisfy
 * constraint: Member must ...; Value ...`.
 *
 * Locations use lower-camel member names and 1-based list positions, such as
 * `searchExpression.filters.1.member.value`.
 */
export class ConstraintViolations {
  private readonly messages: string[] = [];

  /**
   * Records one violation. An undefined `value` leaves the value out of the
   * message (used for lists), and null prints `Value null`.
   */
  add(location: string, constraint: string, value?: unknown): void {
    let subject = "Value";
    if (value === null) subject = "Value null";
    else if (value !== undefined) subject = `Value '${String(value)}'`;

    this.messages.push(`${subject} at '${location}' failed to satisfy constraint: Member ${constraint}`);
  }

  /** Records a violation when a required member is absent, and returns whether it is present. */
  requirePresent(location: string, value: unknown): boolean {
    if (value !== undefined) return true;
    this.add(location, "must not be null", null);
    return false;
  }

  /** Checks a string's length, or a list's item count, against the model's bounds. */
  checkLength(location: string, value: string | readonly unknown[], min: number, max: number): void {
    const valueInMessage = typeof value === "string" ? value : undefined;
    if (value.length < min) this.add(location, `must have length greater than or equal to ${min}`, valueInMessage);
    if (value.length > max) this.add(location, `must have length less than or equal to ${max}`, valueInMessage);
  }

  /** Checks the model pattern `.+`: at least one character and no line terminator. */
  checkSingleLine(location: string, value: string): void {
    if (value.length > 0 && !/^[^\n\r\u0085\u2028\u2029]+$/u.test(value)) {
      this.add(location, "must satisfy regular expression pattern: .+", value);
    }
  }

  /** Checks an enum member, and returns the value when it is one of `allowed`. */
  checkEnum<T extends string>(location: string, value: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.add(location, `must satisfy enum value set: [${allowed.join(", ")}]`, value);
    return undefined;
  }

  /** Checks an integer against inclusive bounds. */
  checkRange(location: string, value: number, min: number, max: number): void {
    if (value < min) this.add(location, `must have value greater than or equal to ${min}`, value);
    if (value > max) this.add(location, `must have value less than or equal to ${max}`, value);
  }

  /** Throws one ValidationException that lists every recorded violation, if there is any. */
  throwIfAny(): void {
    const count = this.messages.length;
    if (count === 0) return;

    const noun = count === 1 ? "validation error" : "validation errors";
    throw validationError(`${count} ${noun} detected: ${this.messages.join("; ")}`);
  }
}
