import { GraphQLError } from "graphql";

import { TrainingJobStatus } from "../training-jobs/types/training-job-status.enum.js";

/** The mutation named a job that SageMaker does not know. */
export class JobNotFoundError extends GraphQLError {
  constructor(name: string) {
    super(`No training job named ${JSON.stringify(name)}; check the name and the gateway's AWS Region.`, {
      extensions: { code: "NOT_FOUND", trainingJobName: name },
    });
  }
}

/**
 * StopTrainingJob named a job that is not InProgress. The message ends with
 * SageMaker's own reason; `trainingJobStatus` carries the status it had, as
 * the GraphQL enum value clients see in `TrainingJob.trainingJobStatus`.
 */
export class JobNotRunningError extends GraphQLError {
  constructor(name: string, status: string, upstreamMessage: string) {
    const enumValue = Object.keys(TrainingJobStatus).find((key) => TrainingJobStatus[key as keyof typeof TrainingJobStatus] === status) ?? "UNKNOWN";
    super(
      `Training job ${JSON.stringify(name)} cannot be stopped because its status is ${enumValue}; only IN_PROGRESS jobs can be stopped. ${upstreamMessage}`,
      { extensions: { code: "JOB_NOT_RUNNING", trainingJobName: name, trainingJobStatus: enumValue } },
    );
  }
}
