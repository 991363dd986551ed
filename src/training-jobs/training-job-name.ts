import { BadUserInputError } from "../errors/gateway-errors.js";

/** SageMaker's rule for training job names (CreateTrainingJob API reference). */
const JOB_NAME_PATTERN = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const JOB_NAME_RULE = "1 to 63 letters, digits and hyphens, starting and ending with a letter or digit";

/** Throws `BAD_USER_INPUT`, quoting the name and the rule, when SageMaker would reject the name. */
export function assertValidJobName(name: string, argumentName = "name"): void {
  if (name.length <= 63 && JOB_NAME_PATTERN.test(name)) return;

  const shown = name.length > 100 ? `${name.slice(0, 100)}...` : name;
  throw new BadUserInputError(
    `Invalid training job name ${JSON.stringify(shown)} for "${argumentName}": a name has ${JOB_NAME_RULE} (pattern ${JOB_NAME_PATTERN.source}).`,
    { argumentName },
  );
}
