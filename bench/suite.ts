/** Fields of `TrainingJob` that Search returns (every field except the Describe-only ones). */
export const SEARCH_VIEW_SELECTION = `
  trainingJobName trainingJobArn tuningJobArn labelingJobArn autoMLJobArn
  modelArtifacts { s3ModelArtifacts }
  trainingJobStatus secondaryStatus failureReason
  hyperParameters { key value }
  algorithmSpecification { trainingImage algorithmName trainingInputMode metricDefinitions { name regex } }
  roleArn
  inputDataConfig { channelName inputMode dataSource { s3DataSource { s3Uri s3DataType } } }
  outputDataConfig { s3OutputPath kmsKeyId }
  resourceConfig { instanceType instanceCount volumeSizeInGB instanceGroups { instanceGroupName instanceType instanceCount } }
  warmPoolStatus { status reusedByJob }
  vpcConfig { subnets securityGroupIds }
  stoppingCondition { maxRuntimeInSeconds maxWaitTimeInSeconds }
  creationTime trainingStartTime trainingEndTime lastModifiedTime
  secondaryStatusTransitions { status startTime endTime statusMessage }
  finalMetricDataList { metricName value timestamp }
  enableNetworkIsolation enableInterContainerTrafficEncryption enableManagedSpotTraining
  checkpointConfig { s3Uri }
  trainingTimeInSeconds billableTimeInSeconds
  debugRuleEvaluationStatuses { ruleConfigurationName ruleEvaluationStatus }
  experimentConfig { experimentName trialName }
  environment { key value }
  retryStrategy { maximumRetryAttempts }
  tags { key value }
`;

const DETAIL_SELECTION = `
  trainingJobName trainingJobStatus
  resourceConfig { instanceType instanceCount }
  hyperParameters { key value }
  finalMetricDataList { metricName value }
  tags { key value }
`;

export type BenchQuery = {
  id: number;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Clients sending the query at once. */
  concurrency: number;
  /** Fewest SageMaker calls the three views allow for this query, with the reason. */
  minimum: { calls: number; reason: string };
};

export type SuiteInput = {
  completedJob: string;
  runningJob: string;
  completedJobs: string[];
  /** ListTrainingJobs pages of 100 needed to reach the 21st failed job, newest first, which settles hasNextPage. */
  failedPages: number;
};

/** Builds the fixed query suite of the benchmark, filled in with jobs of the fleet. */
export function benchSuite(input: SuiteInput): BenchQuery[] {
  const aliased = input.completedJobs
    .slice(0, 50)
    .map((name, index) => `j${index}: trainingJob(name: "${name}") { ${DETAIL_SELECTION} }`)
    .join("\n");

  return [
    {
      id: 1,
      title: "one completed job, Search-view fields and tags",
      query: `query($name: String!) { trainingJob(name: $name) { ${SEARCH_VIEW_SELECTION} } }`,
      variables: { name: input.completedJob },
      concurrency: 1,
      minimum: { calls: 1, reason: "one Search returns every Search-view field and the tags" },
    },
    {
      id: 2,
      title: "one running job, the same fields",
      query: `query($name: String!) { trainingJob(name: $name) { ${SEARCH_VIEW_SELECTION} } }`,
      variables: { name: input.runningJob },
      concurrency: 1,
      minimum: { calls: 2, reason: "Describe for the fields a running job changes, Search (or ListTags) for tags" },
    },
    {
      id: 3,
      title: "trainingJobs(first: 100), summary fields",
      query: `{ trainingJobs(first: 100) { edges { node { trainingJobName trainingJobArn trainingJobStatus secondaryStatus creationTime lastModifiedTime trainingEndTime } } pageInfo { hasNextPage endCursor } } }`,
      concurrency: 1,
      minimum: { calls: 1, reason: "one ListTrainingJobs page of 100" },
    },
    {
      id: 4,
      title: "trainingJobs(first: 100) with details",
      query: `{ trainingJobs(first: 100) { edges { node { ${DETAIL_SELECTION} } } pageInfo { hasNextPage } } }`,
      concurrency: 1,
      minimum: { calls: 2, reason: "ListTrainingJobs for the page, one Search for the 100 names" },
    },
    {
      id: 5,
      title: "50 aliased trainingJob lookups with details",
      query: `{ ${aliased} }`,
      concurrency: 1,
      minimum: { calls: 1, reason: "one Search with 50 names in In filters" },
    },
    {
      id: 6,
      title: "20 jobs with a Describe-only field",
      query: `{ trainingJobs(first: 20, filter: { statusEquals: COMPLETED }) { edges { node { trainingJobName profilingStatus billableTokenCount } } } }`,
      concurrency: 1,
      minimum: { calls: 21, reason: "ListTrainingJobs, then one Describe per job: SageMaker has no batch Describe" },
    },
    {
      id: 7,
      title: "20 FAILED jobs, sparse filter",
      query: `{ trainingJobs(first: 20, filter: { statusEquals: FAILED }) { edges { node { trainingJobName trainingJobStatus creationTime } } pageInfo { hasNextPage } } }`,
      concurrency: 1,
      minimum: {
        calls: input.failedPages,
        reason: `ListTrainingJobs filters after MaxResults, so ${input.failedPages} pages of 100 are read to find 20 failures and a 21st for hasNextPage`,
      },
    },
    {
      id: 8,
      title: "query 1 from 50 concurrent clients",
      query: `query($name: String!) { trainingJob(name: $name) { ${SEARCH_VIEW_SELECTION} } }`,
      variables: { name: input.completedJob },
      concurrency: 50,
      minimum: { calls: 1, reason: "the 50 identical loads share one Search" },
    },
  ];
}
