/** The SageMaker operations the local SageMaker serves, by their `X-Amz-Target` suffix. */
export const OPERATION_NAMES = [
  "ListTrainingJobs",
  "DescribeTrainingJob",
  "Search",
  "ListTags",
  "AddTags",
  "DeleteTags",
  "StopTrainingJob",
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export function isOperationName(value: string): value is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(value);
}
