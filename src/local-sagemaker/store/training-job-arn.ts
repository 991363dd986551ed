/** Region and account that the local SageMaker writes into the ARNs it makes. */
export type ArnScope = { region: string; accountId: string };

/**
 * Builds a training job's ARN. SageMaker lower-cases the name part while
 * TrainingJobName keeps its case; published DescribeTrainingJob responses
 * show both forms side by side.
 */
export function trainingJobArn(scope: ArnScope, name: string): string {
  return `arn:aws:sagemaker:${scope.region}:${scope.accountId}:training-job/${name.toLowerCase()}`;
}

/** Returns the key under which a job is found by ARN, because ARNs are compared case-insensitively. */
export function arnLookupKey(arn: string): string {
  return arn.toLowerCase();
}
