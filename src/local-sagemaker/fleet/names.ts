/**
 * Training job names. SageMaker accepts `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`
 * (at most 63 characters). The fleet keeps names unique without regard to
 * case, because the ARN carries the lower-cased name and two names that
 * differ only in case would share an ARN.
 */
export const TRAINING_JOB_NAME_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** Maximum length of a training job name. */
export const TRAINING_JOB_NAME_MAX_LENGTH = 63;

/** Hands out names that are valid and unique (case-insensitively) within one fleet. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /**
   * Claims `candidate`, or `candidate-2`, `candidate-3`... when it is taken.
   * Throws a RangeError for a candidate that breaks the naming rule, since
   * that is a bug in the generator rather than bad input.
   */
  claim(candidate: string): string {
    if (!TRAINING_JOB_NAME_PATTERN.test(candidate)) {
      throw new RangeError(
        `Invalid generated training job name "${candidate}": it must match ${TRAINING_JOB_NAME_PATTERN.source}.`,
      );
    }

    let name = candidate;
    for (let suffix = 2; this.taken.has(name.toLowerCase()); suffix += 1) {
      const tail = `-${suffix}`;
      name = candidate.slice(0, TRAINING_JOB_NAME_MAX_LENGTH - tail.length).replace(/-+$/, "") + tail;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/**
 * Builds the name the SageMaker Python SDK gives a job without an explicit
 * name: the base, then the UTC creation time down to milliseconds.
 */
export function timestampedName(base: string, creationMs: number): string {
  const stamp = new Date(creationMs).toISOString();
  const suffix = `${stamp.slice(0, 10)}-${stamp.slice(11, 13)}-${stamp.slice(14, 16)}-${stamp.slice(17, 19)}-${stamp.slice(20, 23)}`;
  return `${truncateBase(base, TRAINING_JOB_NAME_MAX_LENGTH - suffix.length - 1)}-${suffix}`;
}

/** Builds the short `yymmdd-HHMM` stamp the SDK appends to tuning and AutoML job names. */
export function shortStamp(creationMs: number): string {
  const stamp = new Date(creationMs).toISOString();
  return `${stamp.slice(2, 4)}${stamp.slice(5, 7)}${stamp.slice(8, 10)}-${stamp.slice(11, 13)}${stamp.slice(14, 16)}`;
}

/** Cuts `base` to `maxLength` characters without leaving a trailing hyphen. */
export function truncateBase(base: string, maxLength: number): string {
  return base.slice(0, maxLength).replace(/-+$/, "");
}
