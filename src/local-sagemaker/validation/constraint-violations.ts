import { validationError } from "../service-error.js";

/**
 * Collects the model-constraint failures of one request and raises them the
 * way SageMaker does: one ValidationException whose message reads
 * "2 validation errors detected: Value 'a_b' at 'trainingJobName' failed to
 * satisfy constraint: Member must satisfy regular expression pattern: ...;
 * Value ...". Member paths are lower camel case, and list members are
 * addressed as `tags.1.member.key` (1-based), as in SageMaker's messages.
 */
export class ConstraintViolations {
  private readonly messages: string[] = [];

  /** Records that `value` at `memberPath` breaks `constraint` ("Member must ..."). */
  add(value: unknown, memberPath: string, constraint: string): void {
    this.messages.push(`Value ${quoteValue(value)} at '${memberPath}' failed to satisfy constraint: ${constraint}`);
  }

  requirePresent(value: unknown, memberPath: string): boolean {
    if (value !== undefined) return true;
    this.add(null, memberPath, "Member must not be null");
    return false;
  }

  checkLength(value: string | readonly unknown[], memberPath: string, min: number, max: number): void {
    if (value.length > max) this.add(value, memberPath, `Member must have length less than or equal to ${max}`);
    if (value.length < min) this.add(value, memberPath, `Member must have length greater than or equal to ${min}`);
  }

  /** `pattern` is matched against the whole value, as the SageMaker model's patterns are. */
  checkPattern(value: string, memberPath: string, pattern: string): void {
    if (!new RegExp(`^(?:${pattern})$`, "u").test(value)) {
      this.add(value, memberPath, `Member must satisfy regular expression pattern: ${pattern}`);
    }
  }

  checkRange(value: number, memberPath: string, min: number, max: number | undefined): void {
    if (max !== undefined && value > max) this.add(value, memberPath, `Member must have value less than or equal to ${max}`);
    if (value < min) this.add(value, memberPath, `Member must have value greater than or equal to ${min}`);
  }

  checkEnum(value: string, memberPath: string, allowed: readonly string[]): void {
    if (!allowed.includes(value)) {
      this.add(value, memberPath, `Member must satisfy enum value set: [${allowed.join(", ")}]`);
    }
  }

  /** Throws the collected failures as one ValidationException; returns when there are none. */
  throwIfAny(): void {
    const count = this.messages.length;
    if (count === 0) return;

    const noun = count === 1 ? "error" : "errors";
    throw validationError(`${count} validation ${noun} detected: ${this.messages.join("; ")}`);
  }
}

function quoteValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `'${value}'`;
  if (Array.isArray(value)) return `'[${value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(", ")}]'`;
  return `'${String(value)}'`;
}
