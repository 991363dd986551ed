import { resourceNotFound } from "../service-error.js";
import { ConstraintViolations } from "../validation/constraint-violations.js";
import { readString } from "../validation/request-members.js";
import { checkTrainingJobName } from "../validation/sagemaker-constraints.js";
import type { OperationHandler } from "./operation-context.js";

/**
 * DescribeTrainingJob returns the stored body as it is, unknown members
 * included. An unknown name is SageMaker's ValidationException "Requested
 * resource not found.", not a ResourceNotFound error.
 * NOTE: names are matched exactly; whether SageMaker matches them
 * case-insensitively, as it does ARNs, is not known here.
 */
export const describeTrainingJob: OperationHandler = (body, context) => {
  const name = readString(body, "TrainingJobName");
  const violations = new ConstraintViolations();
  checkTrainingJobName(violations, name, "trainingJobName");
  violations.throwIfAny();

  const stored = context.store.get(name as string);
  if (!stored) throw resourceNotFound();
  return structuredClone(stored.job);
};
