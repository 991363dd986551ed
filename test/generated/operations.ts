/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Conditions on one hyperparameter (HyperParameters.<name>). Every condition given must hold; give at least one. The bounds compare as decimals: the gateway sends 3 as 3.0, because SageMaker truncates decimal hyperparameters to integers when the bound is an integer. */
export type HyperParameterCondition = {
  /** The hyperparameter's text equals this. */
  equals?: string | null | undefined;
  /** The hyperparameter is a number greater than this. */
  gt?: number | null | undefined;
  /** The hyperparameter is a number greater than or equal to this. */
  gte?: number | null | undefined;
  /** The hyperparameter is a number less than this. */
  lt?: number | null | undefined;
  /** The hyperparameter is a number less than or equal to this. */
  lte?: number | null | undefined;
  /** Hyperparameter name, such as learning_rate. */
  name: string;
};

/** What changed about a training job in a trainingJobUpdated event. */
export type JobChange =
  /** The final metric values changed. Detected only for jobs watched by name. */
  | 'FINAL_METRICS'
  /** Not a change: the job's state when the subscription starts, sent once per job watched by name. */
  | 'INITIAL'
  /** The secondary status changed. */
  | 'SECONDARY_STATUS'
  /** Tags were added or removed through this gateway. Tag changes made elsewhere are not seen. */
  | 'TAGS'
  /** The primary status changed, or the job is new. */
  | 'TRAINING_JOB_STATUS'
  /** The status of the warm pool kept after the job changed. */
  | 'WARM_POOL_STATUS';

/** Bounds on one final metric (Metrics.<name>). Every bound given must hold; give at least one. */
export type MetricCondition = {
  /** The metric equals this. */
  equals?: number | null | undefined;
  /** The metric is greater than this. */
  gt?: number | null | undefined;
  /** The metric is greater than or equal to this. */
  gte?: number | null | undefined;
  /** The metric is less than this. */
  lt?: number | null | undefined;
  /** The metric is less than or equal to this. */
  lte?: number | null | undefined;
  /** Metric name as the job reports it, such as validation:auc. */
  name: string;
};

/** Conditions that must all hold for one element of a list property (SageMaker's NestedFilters), such as one InputDataConfig channel with both a given name and a given S3 URI. */
export type NestedSearchFilters = {
  /** 1 to 20 conditions on members of the same list element. */
  filters: Array<SearchFilter>;
  /** The list property, such as InputDataConfig, SecondaryStatusTransitions or FinalMetricDataList. Every filter name must start with it followed by a dot. */
  nestedPropertyName: string;
};

/** Whether SageMaker Debugger profiling runs for the job. */
export type ProfilingStatus =
  /** Profiling is off. */
  | 'DISABLED'
  /** Profiling is on. */
  | 'ENABLED'
  /** SageMaker returned a value this version of the gateway does not know. */
  | 'UNKNOWN';

/** How the filters, nested filters and subexpressions of one search expression combine. */
export type SearchBooleanOperator =
  /** Every part must match. */
  | 'AND'
  /** At least one part must match. */
  | 'OR';

/** One condition on a training-job property (SageMaker's Filter). Name the property with exactly one of name or property. */
export type SearchFilter = {
  /** Property as SageMaker names it: Metrics.<metric name>, HyperParameters.<name>, Tags.<key>, or a path that TrainingJobSearchProperty lists, such as ResourceConfig.InstanceType. */
  name?: string | null | undefined;
  /** Comparison; EQUALS when absent. */
  operator?: SearchOperator;
  /** Property from the list of catalogued paths. */
  property?: TrainingJobSearchProperty | null | undefined;
  /** Value to compare with, 1 to 1,024 characters; absent for EXISTS and NOT_EXISTS. Numbers are decimals (0.9), times are ISO-8601 (2024-05-01T12:00:00Z or 2024-05-01), Booleans are true or false, enum properties take SageMaker's strings (Completed, not COMPLETED), and IN takes a comma-separated list. */
  value?: string | null | undefined;
};

/** How a search filter compares a property with its value (SageMaker's Filter.Operator). */
export type SearchOperator =
  /** The text property contains the value. SageMaker allows one CONTAINS per search. */
  | 'CONTAINS'
  /** The property equals the value. */
  | 'EQUALS'
  /** The job has the property. Takes no value. */
  | 'EXISTS'
  /** The property is greater than the value. Numbers and times only. */
  | 'GREATER_THAN'
  /** The property is greater than or equal to the value. Numbers and times only. */
  | 'GREATER_THAN_OR_EQUAL_TO'
  /** The text property equals one of the comma-separated items of the value. */
  | 'IN'
  /** The property is less than the value. Numbers and times only. */
  | 'LESS_THAN'
  /** The property is less than or equal to the value. Numbers and times only. */
  | 'LESS_THAN_OR_EQUAL_TO'
  /** The property differs from the value, or the job lacks the property. */
  | 'NOT_EQUALS'
  /** The job lacks the property. Takes no value. */
  | 'NOT_EXISTS';

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

/** A tag the job must carry (Tags.<key>). */
export type TagCondition = {
  /** Tag key. */
  key: string;
  /** Tag value; when absent, any value matches. */
  value?: string | null | undefined;
};

/** A tag to add to a training job. */
export type TagInput = {
  /** Tag key: 1 to 128 characters, not starting with `aws:`. */
  key: string;
  /** Tag value: 0 to 256 characters. */
  value: string;
};

/** Whether a total is exact or a lower bound. */
export type TotalCountRelation =
  /** The total is the exact number of matches. */
  | 'EXACT'
  /** At least this many jobs match; SageMaker stops counting past a cap. */
  | 'LOWER_BOUND';

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

/** Which training jobs a search returns: SageMaker's SearchExpression (filters, nestedFilters, subExpressions, operator) plus shorthands for common conditions. The operator combines filters, nestedFilters and subExpressions; the shorthands are always ANDed with that result. SageMaker's limits apply after the shorthands are compiled: at most 20 filters, 20 nested filters and 20 subexpressions per expression, 50 of them in the whole tree, and one CONTAINS (nameContains and inputS3UriPrefix each use it). */
export type TrainingJobSearchExpression = {
  /** Shorthand: the job was created after this time. */
  createdAfter?: string | null | undefined;
  /** Shorthand: the job was created before this time. */
  createdBefore?: string | null | undefined;
  /** Conditions on single properties. */
  filters?: Array<SearchFilter> | null | undefined;
  /** Shorthand: conditions on hyperparameters, all of which must hold. */
  hyperParameter?: Array<HyperParameterCondition> | null | undefined;
  /** Shorthand: one input channel's S3 URI starts with this text, which must start with s3://. SageMaker has no prefix operator, so this is a CONTAINS on InputDataConfig.DataSource.S3DataSource.S3Uri; it acts as a prefix match because an S3 URI contains s3:// only at its start. */
  inputS3UriPrefix?: string | null | undefined;
  /** Shorthand: ResourceConfig.InstanceType is this, such as ml.p4d.24xlarge. Jobs on instance groups have none. */
  instanceType?: string | null | undefined;
  /** Shorthand: bounds on final metrics, all of which must hold. */
  metric?: Array<MetricCondition> | null | undefined;
  /** Shorthand: the job name contains this text (CONTAINS on TrainingJobName). */
  nameContains?: string | null | undefined;
  /** Shorthand: the job name is exactly this. */
  nameEquals?: string | null | undefined;
  /** Conditions on elements of list properties. */
  nestedFilters?: Array<NestedSearchFilters> | null | undefined;
  /** How filters, nestedFilters and subExpressions combine; AND when absent. */
  operator?: SearchBooleanOperator;
  /** Shorthand: the job's primary status is this one. */
  status?: TrainingJobStatus | null | undefined;
  /** Nested expressions, each with its own operator. */
  subExpressions?: Array<TrainingJobSearchExpression> | null | undefined;
  /** Shorthand: tags the job carries, all of which must match. */
  tag?: Array<TagCondition> | null | undefined;
  /** Shorthand: the job was launched by this hyperparameter tuning job (ARN). */
  tuningJobArn?: string | null | undefined;
};

/** Training-job properties that Search filters and sorts on, named after their SageMaker paths (RESOURCE_CONFIG_INSTANCE_TYPE is ResourceConfig.InstanceType). Metrics, hyperparameters and tags have no value here: name them in SearchFilter.name or sortBy as Metrics.<name>, HyperParameters.<name> or Tags.<key>. */
export type TrainingJobSearchProperty =
  /** AlgorithmSpecification.AlgorithmName (text). */
  | 'ALGORITHM_SPECIFICATION_ALGORITHM_NAME'
  /** AlgorithmSpecification.ContainerArguments (text). */
  | 'ALGORITHM_SPECIFICATION_CONTAINER_ARGUMENTS'
  /** AlgorithmSpecification.ContainerEntrypoint (text). */
  | 'ALGORITHM_SPECIFICATION_CONTAINER_ENTRYPOINT'
  /** AlgorithmSpecification.EnableSageMakerMetricsTimeSeries (boolean). */
  | 'ALGORITHM_SPECIFICATION_ENABLE_SAGE_MAKER_METRICS_TIME_SERIES'
  /** AlgorithmSpecification.MetricDefinitions.Name (text, one value per element of AlgorithmSpecification.MetricDefinitions). */
  | 'ALGORITHM_SPECIFICATION_METRIC_DEFINITIONS_NAME'
  /** AlgorithmSpecification.MetricDefinitions.Regex (text, one value per element of AlgorithmSpecification.MetricDefinitions). */
  | 'ALGORITHM_SPECIFICATION_METRIC_DEFINITIONS_REGEX'
  /** AlgorithmSpecification.TrainingImage (text). */
  | 'ALGORITHM_SPECIFICATION_TRAINING_IMAGE'
  /** AlgorithmSpecification.TrainingImageConfig.TrainingRepositoryAccessMode (text). */
  | 'ALGORITHM_SPECIFICATION_TRAINING_IMAGE_CONFIG_TRAINING_REPOSITORY_ACCESS_MODE'
  /** AlgorithmSpecification.TrainingImageConfig.TrainingRepositoryAuthConfig.TrainingRepositoryCredentialsProviderArn (text). */
  | 'ALGORITHM_SPECIFICATION_TRAINING_IMAGE_CONFIG_TRAINING_REPOSITORY_AUTH_CONFIG_TRAINING_REPOSITORY_CREDENTIALS_PROVIDER_ARN'
  /** AlgorithmSpecification.TrainingInputMode (text). */
  | 'ALGORITHM_SPECIFICATION_TRAINING_INPUT_MODE'
  /** AutoMLJobArn (text). */
  | 'AUTO_ML_JOB_ARN'
  /** BillableTimeInSeconds (number). */
  | 'BILLABLE_TIME_IN_SECONDS'
  /** CheckpointConfig.LocalPath (text). */
  | 'CHECKPOINT_CONFIG_LOCAL_PATH'
  /** CheckpointConfig.S3Uri (text). */
  | 'CHECKPOINT_CONFIG_S3_URI'
  /** CreationTime (timestamp). */
  | 'CREATION_TIME'
  /** DebugHookConfig.CollectionConfigurations.CollectionName (text, one value per element of DebugHookConfig.CollectionConfigurations). */
  | 'DEBUG_HOOK_CONFIG_COLLECTION_CONFIGURATIONS_COLLECTION_NAME'
  /** DebugHookConfig.LocalPath (text). */
  | 'DEBUG_HOOK_CONFIG_LOCAL_PATH'
  /** DebugHookConfig.S3OutputPath (text). */
  | 'DEBUG_HOOK_CONFIG_S3_OUTPUT_PATH'
  /** DebugRuleConfigurations.InstanceType (text, one value per element of DebugRuleConfigurations). */
  | 'DEBUG_RULE_CONFIGURATIONS_INSTANCE_TYPE'
  /** DebugRuleConfigurations.LocalPath (text, one value per element of DebugRuleConfigurations). */
  | 'DEBUG_RULE_CONFIGURATIONS_LOCAL_PATH'
  /** DebugRuleConfigurations.RuleConfigurationName (text, one value per element of DebugRuleConfigurations). */
  | 'DEBUG_RULE_CONFIGURATIONS_RULE_CONFIGURATION_NAME'
  /** DebugRuleConfigurations.RuleEvaluatorImage (text, one value per element of DebugRuleConfigurations). */
  | 'DEBUG_RULE_CONFIGURATIONS_RULE_EVALUATOR_IMAGE'
  /** DebugRuleConfigurations.S3OutputPath (text, one value per element of DebugRuleConfigurations). */
  | 'DEBUG_RULE_CONFIGURATIONS_S3_OUTPUT_PATH'
  /** DebugRuleConfigurations.VolumeSizeInGB (number, one value per element of DebugRuleConfigurations). */
  | 'DEBUG_RULE_CONFIGURATIONS_VOLUME_SIZE_IN_GB'
  /** DebugRuleEvaluationStatuses.LastModifiedTime (timestamp, one value per element of DebugRuleEvaluationStatuses). */
  | 'DEBUG_RULE_EVALUATION_STATUSES_LAST_MODIFIED_TIME'
  /** DebugRuleEvaluationStatuses.RuleConfigurationName (text, one value per element of DebugRuleEvaluationStatuses). */
  | 'DEBUG_RULE_EVALUATION_STATUSES_RULE_CONFIGURATION_NAME'
  /** DebugRuleEvaluationStatuses.RuleEvaluationJobArn (text, one value per element of DebugRuleEvaluationStatuses). */
  | 'DEBUG_RULE_EVALUATION_STATUSES_RULE_EVALUATION_JOB_ARN'
  /** DebugRuleEvaluationStatuses.RuleEvaluationStatus (text, one value per element of DebugRuleEvaluationStatuses). */
  | 'DEBUG_RULE_EVALUATION_STATUSES_RULE_EVALUATION_STATUS'
  /** DebugRuleEvaluationStatuses.StatusDetails (text, one value per element of DebugRuleEvaluationStatuses). */
  | 'DEBUG_RULE_EVALUATION_STATUSES_STATUS_DETAILS'
  /** EnableInterContainerTrafficEncryption (boolean). */
  | 'ENABLE_INTER_CONTAINER_TRAFFIC_ENCRYPTION'
  /** EnableManagedSpotTraining (boolean). */
  | 'ENABLE_MANAGED_SPOT_TRAINING'
  /** EnableNetworkIsolation (boolean). */
  | 'ENABLE_NETWORK_ISOLATION'
  /** ExperimentConfig.ExperimentName (text). */
  | 'EXPERIMENT_CONFIG_EXPERIMENT_NAME'
  /** ExperimentConfig.RunName (text). */
  | 'EXPERIMENT_CONFIG_RUN_NAME'
  /** ExperimentConfig.TrialComponentDisplayName (text). */
  | 'EXPERIMENT_CONFIG_TRIAL_COMPONENT_DISPLAY_NAME'
  /** ExperimentConfig.TrialName (text). */
  | 'EXPERIMENT_CONFIG_TRIAL_NAME'
  /** FailureReason (text). */
  | 'FAILURE_REASON'
  /** FinalMetricDataList.MetricName (text, one value per element of FinalMetricDataList). */
  | 'FINAL_METRIC_DATA_LIST_METRIC_NAME'
  /** FinalMetricDataList.Timestamp (timestamp, one value per element of FinalMetricDataList). */
  | 'FINAL_METRIC_DATA_LIST_TIMESTAMP'
  /** FinalMetricDataList.Value (number, one value per element of FinalMetricDataList). */
  | 'FINAL_METRIC_DATA_LIST_VALUE'
  /** InputDataConfig.ChannelName (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_CHANNEL_NAME'
  /** InputDataConfig.CompressionType (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_COMPRESSION_TYPE'
  /** InputDataConfig.ContentType (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_CONTENT_TYPE'
  /** InputDataConfig.DataSource.DatasetSource.DatasetArn (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_DATASET_SOURCE_DATASET_ARN'
  /** InputDataConfig.DataSource.FileSystemDataSource.DirectoryPath (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_FILE_SYSTEM_DATA_SOURCE_DIRECTORY_PATH'
  /** InputDataConfig.DataSource.FileSystemDataSource.FileSystemAccessMode (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_FILE_SYSTEM_DATA_SOURCE_FILE_SYSTEM_ACCESS_MODE'
  /** InputDataConfig.DataSource.FileSystemDataSource.FileSystemId (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_FILE_SYSTEM_DATA_SOURCE_FILE_SYSTEM_ID'
  /** InputDataConfig.DataSource.FileSystemDataSource.FileSystemType (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_FILE_SYSTEM_DATA_SOURCE_FILE_SYSTEM_TYPE'
  /** InputDataConfig.DataSource.S3DataSource.AttributeNames (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_ATTRIBUTE_NAMES'
  /** InputDataConfig.DataSource.S3DataSource.HubAccessConfig.HubContentArn (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_HUB_ACCESS_CONFIG_HUB_CONTENT_ARN'
  /** InputDataConfig.DataSource.S3DataSource.InstanceGroupNames (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_INSTANCE_GROUP_NAMES'
  /** InputDataConfig.DataSource.S3DataSource.ModelAccessConfig.AcceptEula (boolean, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_MODEL_ACCESS_CONFIG_ACCEPT_EULA'
  /** InputDataConfig.DataSource.S3DataSource.S3DataDistributionType (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_S3_DATA_DISTRIBUTION_TYPE'
  /** InputDataConfig.DataSource.S3DataSource.S3DataType (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_S3_DATA_TYPE'
  /** InputDataConfig.DataSource.S3DataSource.S3Uri (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_DATA_SOURCE_S3_DATA_SOURCE_S3_URI'
  /** InputDataConfig.InputMode (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_INPUT_MODE'
  /** InputDataConfig.RecordWrapperType (text, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_RECORD_WRAPPER_TYPE'
  /** InputDataConfig.ShuffleConfig.Seed (number, one value per element of InputDataConfig). */
  | 'INPUT_DATA_CONFIG_SHUFFLE_CONFIG_SEED'
  /** LabelingJobArn (text). */
  | 'LABELING_JOB_ARN'
  /** LastModifiedTime (timestamp). */
  | 'LAST_MODIFIED_TIME'
  /** ModelArtifacts.S3ModelArtifacts (text). */
  | 'MODEL_ARTIFACTS_S3_MODEL_ARTIFACTS'
  /** ModelPackageConfig.ModelPackageGroupArn (text). */
  | 'MODEL_PACKAGE_CONFIG_MODEL_PACKAGE_GROUP_ARN'
  /** ModelPackageConfig.SourceModelPackageArn (text). */
  | 'MODEL_PACKAGE_CONFIG_SOURCE_MODEL_PACKAGE_ARN'
  /** OutputDataConfig.CompressionType (text). */
  | 'OUTPUT_DATA_CONFIG_COMPRESSION_TYPE'
  /** OutputDataConfig.KmsKeyId (text). */
  | 'OUTPUT_DATA_CONFIG_KMS_KEY_ID'
  /** OutputDataConfig.S3OutputPath (text). */
  | 'OUTPUT_DATA_CONFIG_S3_OUTPUT_PATH'
  /** OutputModelPackageArn (text). */
  | 'OUTPUT_MODEL_PACKAGE_ARN'
  /** ProfilerConfig.DisableProfiler (boolean). */
  | 'PROFILER_CONFIG_DISABLE_PROFILER'
  /** ProfilerConfig.ProfilingIntervalInMilliseconds (number). */
  | 'PROFILER_CONFIG_PROFILING_INTERVAL_IN_MILLISECONDS'
  /** ProfilerConfig.S3OutputPath (text). */
  | 'PROFILER_CONFIG_S3_OUTPUT_PATH'
  /** ResourceConfig.InstanceCount (number). */
  | 'RESOURCE_CONFIG_INSTANCE_COUNT'
  /** ResourceConfig.InstanceGroups.InstanceCount (number, one value per element of ResourceConfig.InstanceGroups). */
  | 'RESOURCE_CONFIG_INSTANCE_GROUPS_INSTANCE_COUNT'
  /** ResourceConfig.InstanceGroups.InstanceGroupName (text, one value per element of ResourceConfig.InstanceGroups). */
  | 'RESOURCE_CONFIG_INSTANCE_GROUPS_INSTANCE_GROUP_NAME'
  /** ResourceConfig.InstanceGroups.InstanceType (text, one value per element of ResourceConfig.InstanceGroups). */
  | 'RESOURCE_CONFIG_INSTANCE_GROUPS_INSTANCE_TYPE'
  /** ResourceConfig.InstancePlacementConfig.EnableMultipleJobs (boolean). */
  | 'RESOURCE_CONFIG_INSTANCE_PLACEMENT_CONFIG_ENABLE_MULTIPLE_JOBS'
  /** ResourceConfig.InstancePlacementConfig.PlacementSpecifications.InstanceCount (number, one value per element of ResourceConfig.InstancePlacementConfig.PlacementSpecifications). */
  | 'RESOURCE_CONFIG_INSTANCE_PLACEMENT_CONFIG_PLACEMENT_SPECIFICATIONS_INSTANCE_COUNT'
  /** ResourceConfig.InstancePlacementConfig.PlacementSpecifications.UltraServerId (text, one value per element of ResourceConfig.InstancePlacementConfig.PlacementSpecifications). */
  | 'RESOURCE_CONFIG_INSTANCE_PLACEMENT_CONFIG_PLACEMENT_SPECIFICATIONS_ULTRA_SERVER_ID'
  /** ResourceConfig.InstancePreferences.InstanceCount (number, one value per element of ResourceConfig.InstancePreferences). */
  | 'RESOURCE_CONFIG_INSTANCE_PREFERENCES_INSTANCE_COUNT'
  /** ResourceConfig.InstancePreferences.InstanceType (text, one value per element of ResourceConfig.InstancePreferences). */
  | 'RESOURCE_CONFIG_INSTANCE_PREFERENCES_INSTANCE_TYPE'
  /** ResourceConfig.InstancePreferences.TrainingPlanArns (text, one value per element of ResourceConfig.InstancePreferences). */
  | 'RESOURCE_CONFIG_INSTANCE_PREFERENCES_TRAINING_PLAN_ARNS'
  /** ResourceConfig.InstanceType (text). */
  | 'RESOURCE_CONFIG_INSTANCE_TYPE'
  /** ResourceConfig.KeepAlivePeriodInSeconds (number). */
  | 'RESOURCE_CONFIG_KEEP_ALIVE_PERIOD_IN_SECONDS'
  /** ResourceConfig.SelectedInstanceCount (number). */
  | 'RESOURCE_CONFIG_SELECTED_INSTANCE_COUNT'
  /** ResourceConfig.SelectedInstanceType (text). */
  | 'RESOURCE_CONFIG_SELECTED_INSTANCE_TYPE'
  /** ResourceConfig.TrainingPlanArn (text). */
  | 'RESOURCE_CONFIG_TRAINING_PLAN_ARN'
  /** ResourceConfig.VolumeKmsKeyId (text). */
  | 'RESOURCE_CONFIG_VOLUME_KMS_KEY_ID'
  /** ResourceConfig.VolumeSizeInGB (number). */
  | 'RESOURCE_CONFIG_VOLUME_SIZE_IN_GB'
  /** RetryStrategy.MaximumRetryAttempts (number). */
  | 'RETRY_STRATEGY_MAXIMUM_RETRY_ATTEMPTS'
  /** RoleArn (text). */
  | 'ROLE_ARN'
  /** SecondaryStatus (text). */
  | 'SECONDARY_STATUS'
  /** SecondaryStatusTransitions.EndTime (timestamp, one value per element of SecondaryStatusTransitions). */
  | 'SECONDARY_STATUS_TRANSITIONS_END_TIME'
  /** SecondaryStatusTransitions.StartTime (timestamp, one value per element of SecondaryStatusTransitions). */
  | 'SECONDARY_STATUS_TRANSITIONS_START_TIME'
  /** SecondaryStatusTransitions.Status (text, one value per element of SecondaryStatusTransitions). */
  | 'SECONDARY_STATUS_TRANSITIONS_STATUS'
  /** SecondaryStatusTransitions.StatusMessage (text, one value per element of SecondaryStatusTransitions). */
  | 'SECONDARY_STATUS_TRANSITIONS_STATUS_MESSAGE'
  /** StoppingCondition.MaxPendingTimeInSeconds (number). */
  | 'STOPPING_CONDITION_MAX_PENDING_TIME_IN_SECONDS'
  /** StoppingCondition.MaxRuntimeInSeconds (number). */
  | 'STOPPING_CONDITION_MAX_RUNTIME_IN_SECONDS'
  /** StoppingCondition.MaxWaitTimeInSeconds (number). */
  | 'STOPPING_CONDITION_MAX_WAIT_TIME_IN_SECONDS'
  /** TensorBoardOutputConfig.LocalPath (text). */
  | 'TENSOR_BOARD_OUTPUT_CONFIG_LOCAL_PATH'
  /** TensorBoardOutputConfig.S3OutputPath (text). */
  | 'TENSOR_BOARD_OUTPUT_CONFIG_S3_OUTPUT_PATH'
  /** TrainingEndTime (timestamp). */
  | 'TRAINING_END_TIME'
  /** TrainingJobArn (text). */
  | 'TRAINING_JOB_ARN'
  /** TrainingJobName (text). */
  | 'TRAINING_JOB_NAME'
  /** TrainingJobStatus (text). */
  | 'TRAINING_JOB_STATUS'
  /** TrainingStartTime (timestamp). */
  | 'TRAINING_START_TIME'
  /** TrainingTimeInSeconds (number). */
  | 'TRAINING_TIME_IN_SECONDS'
  /** TuningJobArn (text). */
  | 'TUNING_JOB_ARN'
  /** VpcConfig.SecurityGroupIds (text). */
  | 'VPC_CONFIG_SECURITY_GROUP_IDS'
  /** VpcConfig.Subnets (text). */
  | 'VPC_CONFIG_SUBNETS'
  /** WarmPoolStatus.ResourceRetainedBillableTimeInSeconds (number). */
  | 'WARM_POOL_STATUS_RESOURCE_RETAINED_BILLABLE_TIME_IN_SECONDS'
  /** WarmPoolStatus.ReusedByJob (text). */
  | 'WARM_POOL_STATUS_REUSED_BY_JOB'
  /** WarmPoolStatus.Status (text). */
  | 'WARM_POOL_STATUS_STATUS';

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

/** Which job changes a trainingJobUpdated subscription receives. Every filter given must match. */
export type TrainingJobUpdateFilter = {
  /** Only events with at least one of these changes; every kind when omitted. INITIAL events are always sent. */
  changes?: Array<JobChange> | null | undefined;
  /** Only jobs whose name contains this text, ignoring case. */
  nameContains?: string | null | undefined;
  /** Only jobs that had this status before or after the change, so that a job leaving the status is reported too. */
  statusEquals?: TrainingJobStatus | null | undefined;
};

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

export type StopJobMutationVariables = Exact<{
  name: string;
}>;


export type StopJobMutation = { stopTrainingJob: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, secondaryStatus: SecondaryStatus | null } };

export type AddJobTagsMutationVariables = Exact<{
  name: string;
  tags: Array<TagInput> | TagInput;
}>;


export type AddJobTagsMutation = { addTrainingJobTags: { trainingJobName: string, tags: Array<{ key: string, value: string }> | null } };

export type RemoveJobTagsMutationVariables = Exact<{
  name: string;
  keys: Array<string> | string;
}>;


export type RemoveJobTagsMutation = { removeTrainingJobTags: { trainingJobName: string, tags: Array<{ key: string, value: string }> | null } };

export type JobSecretsQueryVariables = Exact<{
  name: string;
}>;


export type JobSecretsQuery = { trainingJob: { environment: Array<{ key: string, value: string | null, redacted: boolean }> | null, hyperParameters: Array<{ key: string, value: string | null, redacted: boolean }> | null } | null };

export type JobUpdatesSubscriptionVariables = Exact<{
  names?: Array<string> | string | null | undefined;
  filter?: TrainingJobUpdateFilter | null | undefined;
}>;


export type JobUpdatesSubscription = { trainingJobUpdated: { trainingJobName: string, changes: Array<JobChange>, previousTrainingJobStatus: TrainingJobStatus | null, previousSecondaryStatus: SecondaryStatus | null, previousWarmPoolStatus: WarmPoolResourceStatus | null, observedAt: string, job: { trainingJobStatus: TrainingJobStatus | null, secondaryStatus: SecondaryStatus | null, warmPoolStatus: { status: WarmPoolResourceStatus | null } | null, finalMetricDataList: Array<{ metricName: string | null, value: number | null }> | null, tags: Array<{ key: string, value: string }> | null } | null } };

export type NewestJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewestJobsQuery = { trainingJobs: { edges: Array<{ node: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, resourceConfig: { instanceType: string | null } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecentFailuresQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentFailuresQuery = { trainingJobs: { edges: Array<{ node: { trainingJobName: string, failureReason: string | null, resourceConfig: { instanceType: string | null, instanceCount: number | null } | null, finalMetricDataList: Array<{ metricName: string | null, value: number | null }> | null } | null }> } };

export type TimelineQueryVariables = Exact<{
  name: string;
}>;


export type TimelineQuery = { trainingJob: { trainingJobStatus: TrainingJobStatus | null, secondaryStatusTransitions: Array<{ status: SecondaryStatus | null, startTime: string | null, endTime: string | null, statusMessage: string | null }> | null, hyperParameters: Array<{ key: string, value: string | null }> | null, tags: Array<{ key: string, value: string }> | null } | null };

export type HighAucJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type HighAucJobsQuery = { searchTrainingJobs: { totalCount: { value: number, relation: TotalCountRelation } | null, edges: Array<{ node: { trainingJobName: string, finalMetricDataList: Array<{ metricName: string | null, value: number | null }> | null } | null }> } };

export type StopRunawayJobMutationVariables = Exact<{ [key: string]: never; }>;


export type StopRunawayJobMutation = { stopTrainingJob: { trainingJobStatus: TrainingJobStatus | null, secondaryStatus: SecondaryStatus | null } };

export type SearchJobNamesQueryVariables = Exact<{
  where?: TrainingJobSearchExpression | null | undefined;
  sortBy?: string | null | undefined;
  sortByProperty?: TrainingJobSearchProperty | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchJobNamesQuery = { searchTrainingJobs: { edges: Array<{ cursor: string, node: { trainingJobName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, totalCount: { value: number, relation: TotalCountRelation } | null } };

export type SearchJobDetailsQueryVariables = Exact<{
  where?: TrainingJobSearchExpression | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchJobDetailsQuery = { searchTrainingJobs: { edges: Array<{ node: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, resourceConfig: { instanceType: string | null } | null, finalMetricDataList: Array<{ metricName: string | null, value: number | null }> | null, tags: Array<{ key: string, value: string }> | null } | null }> } };

export type SearchJobDescribeOnlyQueryVariables = Exact<{
  where?: TrainingJobSearchExpression | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchJobDescribeOnlyQuery = { searchTrainingJobs: { edges: Array<{ node: { trainingJobName: string, trainingJobStatus: TrainingJobStatus | null, profilingStatus: ProfilingStatus | null, billableTokenCount: number | null, progressInfo: { currentStep: number | null } | null } | null }>, totalCount: { value: number } | null } };

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


export const StopJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTrainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}}]}}]}}]} as unknown as DocumentNode<StopJobMutation, StopJobMutationVariables>;
export const AddJobTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddJobTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTrainingJobTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AddJobTagsMutation, AddJobTagsMutationVariables>;
export const RemoveJobTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveJobTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTrainingJobTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveJobTagsMutation, RemoveJobTagsMutationVariables>;
export const JobSecretsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobSecrets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]} as unknown as DocumentNode<JobSecretsQuery, JobSecretsQueryVariables>;
export const JobUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobUpdateFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"previousTrainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecondaryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"previousWarmPoolStatus"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"warmPoolStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobUpdatesSubscription, JobUpdatesSubscriptionVariables>;
export const NewestJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewestJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NewestJobsQuery, NewestJobsQueryVariables>;
export const RecentFailuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentFailures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusEquals"},"value":{"kind":"EnumValue","value":"FAILED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecentFailuresQuery, RecentFailuresQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const HighAucJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HighAucJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTrainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"project","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"StringValue","value":"fraud-detection","block":false}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"metric"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"validation:auc","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"gt"},"value":{"kind":"FloatValue","value":"0.9"}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HighAucJobsQuery, HighAucJobsQueryVariables>;
export const StopRunawayJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopRunawayJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTrainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"my-job","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}}]}}]}}]} as unknown as DocumentNode<StopRunawayJobMutation, StopRunawayJobMutationVariables>;
export const SearchJobNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchJobNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobSearchExpression"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortByProperty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobSearchProperty"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTrainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortByProperty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortByProperty"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}}]}}]}}]} as unknown as DocumentNode<SearchJobNamesQuery, SearchJobNamesQueryVariables>;
export const SearchJobDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchJobDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobSearchExpression"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTrainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchJobDetailsQuery, SearchJobDetailsQueryVariables>;
export const SearchJobDescribeOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchJobDescribeOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobSearchExpression"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTrainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"profilingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"billableTokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"progressInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStep"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SearchJobDescribeOnlyQuery, SearchJobDescribeOnlyQueryVariables>;
export const FirstJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FirstJobsQuery, FirstJobsQueryVariables>;
export const ListSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobArn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"creationTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedTime"}},{"kind":"Field","name":{"kind":"Name","value":"trainingEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"warmPoolStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListSummariesQuery, ListSummariesQueryVariables>;
export const ListDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"resourceConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListDetailsQuery, ListDetailsQueryVariables>;
export const JobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryStatus"}}]}}]}}]} as unknown as DocumentNode<JobStatusQuery, JobStatusQueryVariables>;
export const JobDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingJobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalMetricDataList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<JobDetailsQuery, JobDetailsQueryVariables>;
export const JobDescribeOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDescribeOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobName"}},{"kind":"Field","name":{"kind":"Name","value":"profilingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"billableTokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"progressInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"currentEpoch"}}]}}]}}]}}]} as unknown as DocumentNode<JobDescribeOnlyQuery, JobDescribeOnlyQueryVariables>;