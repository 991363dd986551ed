import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { startLocalSageMaker, type LocalSageMaker, type LocalSageMakerOptions, type StoredJob } from "../../../src/local-sagemaker/index.js";
import type { WireTrainingJob } from "../../../src/local-sagemaker/wire.js";

/** 2024-03-01T00:00:00Z in epoch seconds; test jobs are created at fixed offsets from it. */
export const BASE_TIME = 1_709_251_200;

/**
 * Makes a small job in the DescribeTrainingJob wire form. `minutes` sets its
 * CreationTime as minutes after BASE_TIME, which fixes its place in the
 * default newest-first order.
 */
export function makeJob(name: string, minutes: number, overrides: Partial<WireTrainingJob> = {}, tags: StoredJob["tags"] = []): StoredJob {
  const created = BASE_TIME + minutes * 60;
  return {
    job: {
      TrainingJobName: name,
      TrainingJobArn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name.toLowerCase()}`,
      TrainingJobStatus: "Completed",
      SecondaryStatus: "Completed",
      CreationTime: created,
      LastModifiedTime: created + 600,
      TrainingStartTime: created + 60,
      TrainingEndTime: created + 540,
      AlgorithmSpecification: { TrainingImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/train:1", TrainingInputMode: "File" },
      OutputDataConfig: { S3OutputPath: "s3://example-bucket/output" },
      ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 86_400 },
      ...overrides,
    },
    tags,
  };
}

/** Makes a job that is InProgress in its Starting phase, with one open transition. */
export function makeRunningJob(name: string, minutes: number, overrides: Partial<WireTrainingJob> = {}): StoredJob {
  const created = BASE_TIME + minutes * 60;
  return makeJob(name, minutes, {
    TrainingJobStatus: "InProgress",
    SecondaryStatus: "Starting",
    LastModifiedTime: created,
    TrainingStartTime: undefined,
    TrainingEndTime: undefined,
    SecondaryStatusTransitions: [{ Status: "Starting", StartTime: created, StatusMessage: "Launching requested ML instances" }],
    ...overrides,
  });
}

/** Makes an SDK client with dummy credentials, which the server ignores, and no retries. */
export function makeClient(server: LocalSageMaker): SageMakerClient {
  return new SageMakerClient({
    endpoint: server.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
}

/** Starts a server with no generated jobs, only `jobs`. */
export function startWithJobs(jobs: StoredJob[], options: Partial<LocalSageMakerOptions> = {}): Promise<LocalSageMaker> {
  return startLocalSageMaker({ fleetSize: 0, jobs, ...options });
}

/** Sends one raw AWS JSON 1.1 call, for protocol details the SDK hides. */
export function postOperation(server: LocalSageMaker, operation: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/`, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `SageMaker.${operation}`, ...headers },
    body,
  });
}

/** Returns the rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number }; $fault?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("Expected the call to be rejected, but it succeeded.");
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** The body of an AWS JSON 1.1 error response. */
export type ErrorBody = { __type: string; message: string };

/** Reads a JSON response body as `T`; the test's assertions check the shape. */
export async function jsonBody<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
