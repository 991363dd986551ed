import { GraphQLError } from "graphql";

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
 * SageMaker's own reason; `trainingJobStatus` carries the status it had.
 */
export class JobNotRunningError extends GraphQLError {
  constructor(name: string, status: string, upstreamMessage: string) {
    super(`Training job ${JSON.stringify(name)} cannot be stopped because its status is ${status}; only InProgress jobs can be stopped. ${upstreamMessage}`, {
      extensions: { code: "JOB_NOT_RUNNING", trainingJobName: name, trainingJobStatus: status },
    });
  }
}
