/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether SageMaker Debugger profiling runs for the job. */
export type ProfilingStatus =
  /** Profiling is off. */
  | 'DISABLED'
  /** Profiling is on. */
  | 'ENABLED'
  /** SageMaker returned a value this version of the gateway does not know. */
  | 'UNKNOWN';

/** Detailed stage of a training job, refining its primary status. */
export type SecondaryStatus =
  /** The job finished successfully. */
  | 'COMPLETED'
  /** Input data is being downloaded to the instances. */
  | 'DOWNLOADING'
  /** The training container image is being downloaded. */
  | 'DOWNLOADING_TRAINING_IMAGE'
  /** The job failed. */
  | 'FAILED'
  /** The job stopped because its managed Spot instances were interrupted. */
  | 'INTERRUPTED'
  /** SageMaker is launching the ML instances. */
  | 'LAUNCHING_ML_INSTANCES'
  /** The job was stopped because it reached its maximum run time. */
  | 'MAX_RUNTIME_EXCEEDED'
  /** The job was stopped because it reached its maximum wait time for Spot capacity. */
  | 'MAX_WAIT_TIME_EXCEEDED'
  /** The job waits for compute capacity. */
  | 'PENDING'
  /** SageMaker is preparing the training stack on the instances. */
  | 'PREPARING_TRAINING_STACK'
  /** The job is restarting. */
  | 'RESTARTING'
  /** SageMaker is starting the job. */
  | 'STARTING'
  /** The job was stopped by a request. */
  | 'STOPPED'
  /** The job is stopping. */
  | 'STOPPING'
  /** The training code is running. */
  | 'TRAINING'
  /** SageMaker returned a value this version of the gateway does not know. */
  | 'UNKNOWN'
  /** The job is being updated. */
  | 'UPDATING'
  /** Model artifacts are being uploaded to S3. */
  | 'UPLOADING';

/** Direction of a sort. */
export type SortOrder =
  /** Smallest, oldest or A first. */
  | 'ASCENDING'
  /** Largest, newest or Z first. */
  | 'DESCENDING';

/** Filters of ListTrainingJobs. Jobs must match every filter given. */
export type TrainingJobFilter = {
  /** Only jobs created after this time. */
  creationTimeAfter?: string | null | undefined;
  /** Only jobs created before this time. */
  creationTimeBefore?: string | null | undefined;
  /** Only jobs last modified after this time. */
  lastModifiedTimeAfter?: string | null | undefined;
  /** Only jobs last modified before this time. */
  lastModifiedTimeBefore?: string | null | undefined;
  /** Only jobs whose name contains this text (SageMaker ignores case). */
  nameContains?: string | null | undefined;
  /** Only jobs in this status. */
  statusEquals?: TrainingJobStatus | null | undefined;
  /** Only jobs that run on this training plan (ARN). */
  trainingPlanArnEquals?: string | null | undefined;
  /** Only jobs whose warm pool is in this status. */
  warmPoolStatusEquals?: WarmPoolResourceStatus | null | undefined;
};

/** Order of a training job list. The default is newest first. */
export type TrainingJobSort = {
  /** Sort key. */
  by?: TrainingJobSortField;
  /** Sort direction. */
  order?: SortOrder;
};

/** What ListTrainingJobs sorts by. */
export type TrainingJobSortField =
  /** Creation time. */
  | 'CREATION_TIME'
  /** Job name. */
  | 'NAME'
  /** Primary status. */
  | 'STATUS';

/** Primary status of a training job. */
export type TrainingJobStatus =
  /** The job finished successfully. */
  | 'COMPLETED'
  /** The job is being deleted. */
  | 'DELETING'
  /** The job failed; see failureReason. */
  | 'FAILED'
  /** The job is running. */
  | 'IN_PROGRESS'
  /** The job was stopped before it finished. */
  | 'STOPPED'
  /** A stop was requested and the job is shutting down. */
  | 'STOPPING'
  /** SageMaker returned a value this version of the gateway does not know. */
  | 'UNKNOWN';

/** State of the warm pool kept after a training job. */
export type WarmPoolResourceStatus =
  /** The pool is idle and a matching job can reuse it. */
  | 'AVAILABLE'
  /** The job itself uses the warm pool. */
  | 'IN_USE'
  /** A matching job took over the pool. */
  | 'REUSED'
  /** The pool no longer exists. */
  | 'TERMINATED'
  /** SageMaker returned a value this version of the gateway does not know. */
  | 'UNKNOWN';

export type FirstJobsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FirstJobsQuery = { trainingJobs: { edges: Array<{ node: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, resourceConfig: { instanceType: string | null } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListSummariesQueryVariables = Exact<{
  filter?: TrainingJobFilter | null | undefined;
  sort?: TrainingJobSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListSummariesQuery = { trainingJobs: { edges: Array<{ cursor: string, node: { trainingJobName: string, trainingJobArn: string | null, trainingJobStatus: TrainingJobStatus | null, secondaryStatus: SecondaryStatus | null, creationTime: string | null, lastModifiedTime: string | null, trainingEndTime: string | null, warmPoolStatus: { status: WarmPoolResourceStatus | null } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListDetailsQueryVariables = Exact<{
  filter?: TrainingJobFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListDetailsQuery = { trainingJobs: { edges: Array<{ node: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, resourceConfig: { instanceType: string | null, instanceCount: number | null } | null, hyperParameters: Array<{ key: string, value: string | null }> | null, finalMetricDataList: Array<{ metricName: string | null, value: number | null }> | null, tags: Array<{ key: string, value: string }> | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type JobStatusQueryVariables = Exact<{
  name: string;
}>;


export type JobStatusQuery = { trainingJob: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, secondaryStatus: SecondaryStatus | null } | null };

export type JobDetailsQueryVariables = Exact<{
  name: string;
}>;


export type JobDetailsQuery = { trainingJob: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, roleArn: string | null, hyperParameters: Array<{ key: string, value: string | null }> | null, finalMetricDataList: Array<{ metricName: string | null, value: number | null, timestamp: string | null }> | null, tags: Array<{ key: string, value: string }> | null } | null };

export type JobDescribeOnlyQueryVariables = Exact<{
  name: string;
}>;


export type JobDescribeOnlyQuery = { trainingJob: { trainingJobName: string, profilingStatus: ProfilingStatus | null, billableTokenCount: number | null, progressInfo: { currentStep: number | null, currentEpoch: number | null } | null } | null };


export const FirstJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FirstJobsQuery, FirstJobsQueryVariables>;
export const ListSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobArn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"creationTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}},{"kind":"Field","name":{"kind":"Name","value":"trainingEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"warmPoolStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListSummariesQuery, ListSummariesQueryVariables>;
export const ListDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListDetailsQuery, ListDetailsQueryVariables>;
export const JobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}}]}}]}}]} as unknown as DocumentNode<JobStatusQuery, JobStatusQueryVariables>;
export const JobDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<JobDetailsQuery, JobDetailsQueryVariables>;
export const JobDescribeOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDescribeOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"profilingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"billableTokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"progressInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"currentEpoch"}}]}}]}}]}}]} as unknown as DocumentNode<JobDescribeOnlyQuery, JobDescribeOnlyQueryVariables>;