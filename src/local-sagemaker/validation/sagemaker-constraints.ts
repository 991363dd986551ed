import type { ConstraintViolations } from "./constraint-violations.js";

/*
 * Member constraints from the SageMaker API model (botocore's
 * sagemaker/2017-07-24/service-2.json and the SageMaker API Reference).
 * Patterns are written as the model writes them, because SageMaker quotes
 * them in its error messages.
 */

/** TrainingJobName: 1 to 63 characters. */
export const TRAINING_JOB_NAME_PATTERN = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$";

/** NameContains of the List operations: at most 63 characters. */
export const NAME_CONTAINS_PATTERN = "[a-zA-Z0-9\\-]+";

/** ResourceArn of AddTags, DeleteTags and ListTags: at most 256 characters. */
export const RESOURCE_ARN_PATTERN = "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:.+";

/**
 * TrainingPlanArn: 50 to 2048 characters.
 * NOTE: recalled from the API model, not checked against its current text.
 */
export const TRAINING_PLAN_ARN_PATTERN = "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*";

/** Tag keys (1 to 128 characters) and values (0 to 256 characters). */
export const TAG_PATTERN = "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$";

/** NextToken of every List operation and Search. */
export const NEXT_TOKEN_MAX_LENGTH = 8192;

export const TRAINING_JOB_STATUSES = ["InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"] as const;
export const WARM_POOL_STATUSES = ["Available", "Terminated", "Reused", "InUse"] as const;
export const SORT_ORDERS = ["Ascending", "Descending"] as const;

/** Checks a required TrainingJobName member; SageMaker reports the pattern before the length. */
export function checkTrainingJobName(violations: ConstraintViolations, name: string | undefined, memberPath: string): void {
  if (!violations.requirePresent(name, memberPath) || name === undefined) return;

  violations.checkPattern(name, memberPath, TRAINING_JOB_NAME_PATTERN);
  violations.checkLength(name, memberPath, 1, 63);
}

export function checkResourceArn(violations: ConstraintViolations, arn: string | undefined, memberPath: string): void {
  if (!violations.requirePresent(arn, memberPath) || arn === undefined) return;

  violations.checkLength(arn, memberPath, 0, 256);
  violations.checkPattern(arn, memberPath, RESOURCE_ARN_PATTERN);
}

export function checkNextToken(violations: ConstraintViolations, token: string | undefined): void {
  if (token !== undefined) violations.checkLength(token, "nextToken", 0, NEXT_TOKEN_MAX_LENGTH);
}
