import { resourceNotFound, validationError } from "../service-error.js";
import { ConstraintViolations } from "../validation/constraint-violations.js";
import { readString } from "../validation/request-members.js";
import { checkTrainingJobName } from "../validation/sagemaker-constraints.js";
import type { OperationHandler } from "./operation-context.js";

/**
 * StopTrainingJob accepts only InProgress jobs and rejects the others with
 * the message SageMaker gives, which names the current status. The job turns
 * Stopping at once and Stopped after the configured delay.
 */
export const stopTrainingJob: OperationHandler = (body, context) => {
  const name = readString(body, "TrainingJobName");
  const violations = new ConstraintViolations();
  checkTrainingJobName(violations, name, "trainingJobName");
  violations.throwIfAny();

  const stored = context.store.get(name as string);
  if (!stored) throw resourceNotFound();

  const status = stored.job.TrainingJobStatus;
  if (status !== "InProgress") {
    throw validationError(`The request was rejected because the training job is in status ${status}.`);
  }

  context.stops.begin(stored.job.TrainingJobName);
  return {};
};
