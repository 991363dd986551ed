import { runSearch } from "../../../src/local-sagemaker/search/index.js";
import { LocalServiceError } from "../../../src/local-sagemaker/service-error.js";
import type { StoredJob } from "../../../src/local-sagemaker/wire.js";

/*
 * Five hand-written jobs for the Search tests. Facts the tests reason from:
 *
 * | job     | status     | LastModifiedTime | CreationTime  | instance type | count | NetworkIsolation | tags                  |
 * | alpha   | Completed  | 1_700_003_600    | 1_700_000_000 | ml.m5.xlarge  | 1     | true             | team=fraud, env=prod  |
 * | bravo   | Failed     | 1_700_100_500    | 1_700_100_000 | ml.p3.2xlarge | 2     | false            | team=vision           |
 * | charlie | InProgress | 1_700_200_100    | 1_700_200_000 | ml.m5.xlarge  | 4     | false            | none                  |
 * | delta   | Stopped    | 1_700_200_100    | 1_699_900_000 | ml.c5.xlarge  | 1     | absent           | team=fraud, env=dev   |
 * | echo    | Completed  | 1_700_060_000    | 1_700_050_000 | ml.g5.xlarge  | 1     | absent           | team=Fraud            |
 *
 * 1_700_000_000 is 2023-11-14T22:13:20Z. Metrics, hyperparameters and input
 * channels are described at each job.
 */

const ARN_PREFIX = "arn:aws:sagemaker:us-east-1:111122223333";
const TUNING_JOB_ARN = `${ARN_PREFIX}:hyper-parameter-tuning-job/tune-1`;

function channel(channelName: string, s3Uri: string): Record<string, unknown> {
  return { ChannelName: channelName, DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: s3Uri } } };
}

function metric(metricName: string, value: number): Record<string, unknown> {
  return { MetricName: metricName, Value: value, Timestamp: 1_700_000_500 };
}

/** Built-in XGBoost child of tune-1, with Describe-only members set. */
const alpha: StoredJob = {
  job: {
    TrainingJobName: "alpha",
    TrainingJobArn: `${ARN_PREFIX}:training-job/alpha`,
    TrainingJobStatus: "Completed",
    SecondaryStatus: "Completed",
    CreationTime: 1_700_000_000,
    LastModifiedTime: 1_700_003_600,
    TuningJobArn: TUNING_JOB_ARN,
    AlgorithmSpecification: { TrainingImage: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1" },
    ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
    HyperParameters: { eta: "0.2", max_depth: "5", objective: "binary:logistic" },
    FinalMetricDataList: [metric("validation:auc", 0.91), metric("train:auc", 0.95)],
    InputDataConfig: [channel("train", "s3://bucket/xgb/train"), channel("validation", "s3://bucket/xgb/validation")],
    SecondaryStatusTransitions: [{ Status: "Starting" }, { Status: "Training" }, { Status: "Completed" }],
    EnableNetworkIsolation: true,
    BillableTokenCount: 5,
    ProfilingStatus: "Enabled",
    ProfilerRuleEvaluationStatuses: [{ RuleConfigurationName: "ProfilerReport", RuleEvaluationStatus: "NoIssuesFound" }],
  },
  tags: [
    { Key: "team", Value: "fraud" },
    { Key: "env", Value: "prod" },
  ],
};

/**
 * Script-mode PyTorch job with JSON-quoted hyperparameters. Its `train`
 * channel reads a holdout prefix and its `test` channel reads `/train`.
 */
const bravo: StoredJob = {
  job: {
    TrainingJobName: "bravo",
    TrainingJobArn: `${ARN_PREFIX}:training-job/bravo`,
    TrainingJobStatus: "Failed",
    SecondaryStatus: "Failed",
    FailureReason: "AlgorithmError: ExecuteUserScriptError",
    CreationTime: 1_700_100_000,
    LastModifiedTime: 1_700_100_500,
    ResourceConfig: { InstanceType: "ml.p3.2xlarge", InstanceCount: 2, VolumeSizeInGB: 100 },
    HyperParameters: { epochs: "10", lr: '"0.001"', backend: '"gloo"' },
    FinalMetricDataList: [metric("validation:auc", 0.78)],
    InputDataConfig: [channel("train", "s3://bucket/pt/holdout"), channel("test", "s3://bucket/pt/train")],
    EnableNetworkIsolation: false,
  },
  tags: [{ Key: "team", Value: "vision" }],
};

/** Running TensorFlow job without metrics or tags. */
const charlie: StoredJob = {
  job: {
    TrainingJobName: "charlie",
    TrainingJobArn: `${ARN_PREFIX}:training-job/charlie`,
    TrainingJobStatus: "InProgress",
    SecondaryStatus: "Training",
    CreationTime: 1_700_200_000,
    LastModifiedTime: 1_700_200_100,
    ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 4, VolumeSizeInGB: 50 },
    HyperParameters: { epochs: "3", lr: "0.01" },
    InputDataConfig: [channel("train", "s3://bucket/tf/train")],
    EnableNetworkIsolation: false,
  },
  tags: [],
};

/** Stopped k-means job with an empty channel list. Its `lr` of 2.5 truncates to 2. */
const delta: StoredJob = {
  job: {
    TrainingJobName: "delta",
    TrainingJobArn: `${ARN_PREFIX}:training-job/delta`,
    TrainingJobStatus: "Stopped",
    SecondaryStatus: "Stopped",
    CreationTime: 1_699_900_000,
    LastModifiedTime: 1_700_200_100,
    ResourceConfig: { InstanceType: "ml.c5.xlarge", InstanceCount: 1, VolumeSizeInGB: 10 },
    HyperParameters: { k: "10", feature_dim: "784", lr: "2.5" },
    FinalMetricDataList: [metric("test:msd", 1.5)],
    InputDataConfig: [],
  },
  tags: [
    { Key: "team", Value: "fraud" },
    { Key: "env", Value: "dev" },
  ],
};

/** Bring-your-own-container child of tune-1, without hyperparameters. */
const echo: StoredJob = {
  job: {
    TrainingJobName: "echo",
    TrainingJobArn: `${ARN_PREFIX}:training-job/echo`,
    TrainingJobStatus: "Completed",
    SecondaryStatus: "Completed",
    CreationTime: 1_700_050_000,
    LastModifiedTime: 1_700_060_000,
    TuningJobArn: TUNING_JOB_ARN,
    ResourceConfig: { InstanceType: "ml.g5.xlarge", InstanceCount: 1, VolumeSizeInGB: 20 },
    FinalMetricDataList: [metric("validation:auc", 0.85)],
    InputDataConfig: [channel("train", "s3://bucket/byoc/train")],
  },
  tags: [{ Key: "team", Value: "Fraud" }],
};

/** A fresh copy of the five fixture jobs, so no test can affect another. */
export function fixtureJobs(): StoredJob[] {
  return structuredClone([alpha, bravo, charlie, delta, echo]);
}

export { TUNING_JOB_ARN };

/** Runs a training-job Search over the fixture jobs and returns the matching names, sorted. */
export function matchingNames(searchExpression: Record<string, unknown>): string[] {
  const response = runSearch(fixtureJobs(), { Resource: "TrainingJob", SearchExpression: searchExpression, MaxResults: 100 });
  return response.Results.map((record) => String(record.TrainingJob.TrainingJobName)).sort();
}

/** Builds a one-filter expression. */
export function oneFilter(name: string, operator?: string, value?: string): Record<string, unknown> {
  return { Filters: [{ Name: name, Operator: operator, Value: value }] };
}

/** Runs a Search that must fail and returns its error. */
export function searchError(request: Record<string, unknown>): LocalServiceError {
  try {
    runSearch(fixtureJobs(), request);
  } catch (error) {
    if (error instanceof LocalServiceError) return error;
    throw error;
  }
  throw new Error(`Expected Search to fail for ${JSON.stringify(request)}, but it succeeded.`);
}
