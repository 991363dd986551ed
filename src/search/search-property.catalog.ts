/**
 * The training-job properties Search filters and sorts on. The API reference
 * (Filter.Name) states that a valid name is a property of the SearchRecord, whose
 * TrainingJob member has the shape of @aws-sdk/client-sagemaker 3.1142.0's
 * `TrainingJob`. This catalog lists every scalar member of that shape by its
 * dotted path, apart from the string maps, which Search reaches through
 * the `HyperParameters.` prefix or not at all, and `Tags`, which it reaches
 * through the `Tags.` prefix.
 */

/** Comparison kind of a property. Enum members are text, and durations and counts are numbers. */
export type PropertyKind = "text" | "number" | "timestamp" | "boolean";

/**
 * Lists of structures in the TrainingJob shape. A NestedFilters entry names
 * one of them, and its filters must then all hold for one element of it.
 */
export const NESTABLE_PROPERTIES = [
  "AlgorithmSpecification.MetricDefinitions",
  "InputDataConfig",
  "ResourceConfig.InstanceGroups",
  "ResourceConfig.InstancePlacementConfig.PlacementSpecifications",
  "ResourceConfig.InstancePreferences",
  "SecondaryStatusTransitions",
  "FinalMetricDataList",
  "DebugHookConfig.CollectionConfigurations",
  "DebugRuleConfigurations",
  "DebugRuleEvaluationStatuses",
] as const;

const PROPERTY_KINDS: ReadonlyArray<readonly [name: string, kind: PropertyKind]> = [
  ["TrainingJobName", "text"],
  ["TrainingJobArn", "text"],
  ["TuningJobArn", "text"],
  ["LabelingJobArn", "text"],
  ["AutoMLJobArn", "text"],
  ["ModelArtifacts.S3ModelArtifacts", "text"],
  ["TrainingJobStatus", "text"],
  ["SecondaryStatus", "text"],
  ["FailureReason", "text"],
  ["AlgorithmSpecification.TrainingImage", "text"],
  ["AlgorithmSpecification.AlgorithmName", "text"],
  ["AlgorithmSpecification.TrainingInputMode", "text"],
  ["AlgorithmSpecification.MetricDefinitions.Name", "text"],
  ["AlgorithmSpecification.MetricDefinitions.Regex", "text"],
  ["AlgorithmSpecification.EnableSageMakerMetricsTimeSeries", "boolean"],
  ["AlgorithmSpecification.ContainerEntrypoint", "text"],
  ["AlgorithmSpecification.ContainerArguments", "text"],
  ["AlgorithmSpecification.TrainingImageConfig.TrainingRepositoryAccessMode", "text"],
  ["AlgorithmSpecification.TrainingImageConfig.TrainingRepositoryAuthConfig.TrainingRepositoryCredentialsProviderArn", "text"],
  ["RoleArn", "text"],
  ["InputDataConfig.ChannelName", "text"],
  ["InputDataConfig.DataSource.S3DataSource.S3DataType", "text"],
  ["InputDataConfig.DataSource.S3DataSource.S3Uri", "text"],
  ["InputDataConfig.DataSource.S3DataSource.S3DataDistributionType", "text"],
  ["InputDataConfig.DataSource.S3DataSource.AttributeNames", "text"],
  ["InputDataConfig.DataSource.S3DataSource.InstanceGroupNames", "text"],
  ["InputDataConfig.DataSource.S3DataSource.ModelAccessConfig.AcceptEula", "boolean"],
  ["InputDataConfig.DataSource.S3DataSource.HubAccessConfig.HubContentArn", "text"],
  ["InputDataConfig.DataSource.FileSystemDataSource.FileSystemId", "text"],
  ["InputDataConfig.DataSource.FileSystemDataSource.FileSystemAccessMode", "text"],
  ["InputDataConfig.DataSource.FileSystemDataSource.FileSystemType", "text"],
  ["InputDataConfig.DataSource.FileSystemDataSource.DirectoryPath", "text"],
  ["InputDataConfig.DataSource.DatasetSource.DatasetArn", "text"],
  ["InputDataConfig.ContentType", "text"],
  ["InputDataConfig.CompressionType", "text"],
  ["InputDataConfig.RecordWrapperType", "text"],
  ["InputDataConfig.InputMode", "text"],
  ["InputDataConfig.ShuffleConfig.Seed", "number"],
  ["OutputDataConfig.KmsKeyId", "text"],
  ["OutputDataConfig.S3OutputPath", "text"],
  ["OutputDataConfig.CompressionType", "text"],
  ["ResourceConfig.InstanceType", "text"],
  ["ResourceConfig.InstanceCount", "number"],
  ["ResourceConfig.VolumeSizeInGB", "number"],
  ["ResourceConfig.VolumeKmsKeyId", "text"],
  ["ResourceConfig.KeepAlivePeriodInSeconds", "number"],
  ["ResourceConfig.InstanceGroups.InstanceType", "text"],
  ["ResourceConfig.InstanceGroups.InstanceCount", "number"],
  ["ResourceConfig.InstanceGroups.InstanceGroupName", "text"],
  ["ResourceConfig.TrainingPlanArn", "text"],
  ["ResourceConfig.InstancePlacementConfig.EnableMultipleJobs", "boolean"],
  ["ResourceConfig.InstancePlacementConfig.PlacementSpecifications.UltraServerId", "text"],
  ["ResourceConfig.InstancePlacementConfig.PlacementSpecifications.InstanceCount", "number"],
  ["ResourceConfig.InstancePreferences.InstanceType", "text"],
  ["ResourceConfig.InstancePreferences.InstanceCount", "number"],
  ["ResourceConfig.InstancePreferences.TrainingPlanArns", "text"],
  ["ResourceConfig.SelectedInstanceType", "text"],
  ["ResourceConfig.SelectedInstanceCount", "number"],
  ["WarmPoolStatus.Status", "text"],
  ["WarmPoolStatus.ResourceRetainedBillableTimeInSeconds", "number"],
  ["WarmPoolStatus.ReusedByJob", "text"],
  ["VpcConfig.SecurityGroupIds", "text"],
  ["VpcConfig.Subnets", "text"],
  ["StoppingCondition.MaxRuntimeInSeconds", "number"],
  ["StoppingCondition.MaxWaitTimeInSeconds", "number"],
  ["StoppingCondition.MaxPendingTimeInSeconds", "number"],
  ["CreationTime", "timestamp"],
  ["TrainingStartTime", "timestamp"],
  ["TrainingEndTime", "timestamp"],
  ["LastModifiedTime", "timestamp"],
  ["SecondaryStatusTransitions.Status", "text"],
  ["SecondaryStatusTransitions.StartTime", "timestamp"],
  ["SecondaryStatusTransitions.EndTime", "timestamp"],
  ["SecondaryStatusTransitions.StatusMessage", "text"],
  ["FinalMetricDataList.MetricName", "text"],
  ["FinalMetricDataList.Value", "number"],
  ["FinalMetricDataList.Timestamp", "timestamp"],
  ["EnableNetworkIsolation", "boolean"],
  ["EnableInterContainerTrafficEncryption", "boolean"],
  ["EnableManagedSpotTraining", "boolean"],
  ["CheckpointConfig.S3Uri", "text"],
  ["CheckpointConfig.LocalPath", "text"],
  ["TrainingTimeInSeconds", "number"],
  ["BillableTimeInSeconds", "number"],
  ["DebugHookConfig.LocalPath", "text"],
  ["DebugHookConfig.S3OutputPath", "text"],
  ["DebugHookConfig.CollectionConfigurations.CollectionName", "text"],
  ["ExperimentConfig.ExperimentName", "text"],
  ["ExperimentConfig.TrialName", "text"],
  ["ExperimentConfig.TrialComponentDisplayName", "text"],
  ["ExperimentConfig.RunName", "text"],
  ["DebugRuleConfigurations.RuleConfigurationName", "text"],
  ["DebugRuleConfigurations.LocalPath", "text"],
  ["DebugRuleConfigurations.S3OutputPath", "text"],
  ["DebugRuleConfigurations.RuleEvaluatorImage", "text"],
  ["DebugRuleConfigurations.InstanceType", "text"],
  ["DebugRuleConfigurations.VolumeSizeInGB", "number"],
  ["TensorBoardOutputConfig.LocalPath", "text"],
  ["TensorBoardOutputConfig.S3OutputPath", "text"],
  ["DebugRuleEvaluationStatuses.RuleConfigurationName", "text"],
  ["DebugRuleEvaluationStatuses.RuleEvaluationJobArn", "text"],
  ["DebugRuleEvaluationStatuses.RuleEvaluationStatus", "text"],
  ["DebugRuleEvaluationStatuses.StatusDetails", "text"],
  ["DebugRuleEvaluationStatuses.LastModifiedTime", "timestamp"],
  ["OutputModelPackageArn", "text"],
  ["ModelPackageConfig.ModelPackageGroupArn", "text"],
  ["ModelPackageConfig.SourceModelPackageArn", "text"],
  ["ProfilerConfig.S3OutputPath", "text"],
  ["ProfilerConfig.ProfilingIntervalInMilliseconds", "number"],
  ["ProfilerConfig.DisableProfiler", "boolean"],
  ["RetryStrategy.MaximumRetryAttempts", "number"],
];

/** One catalogued property. */
export type SearchProperty = {
  /** Dotted path as SageMaker names it, such as `ResourceConfig.InstanceType`. */
  name: string;
  kind: PropertyKind;
  /** The NESTABLE_PROPERTIES entry the path crosses, if any. */
  nestedIn?: string;
};

/** Every catalogued property, in the order of the TrainingJob shape. */
export const SEARCH_PROPERTIES: readonly SearchProperty[] = PROPERTY_KINDS.map(([name, kind]) => ({
  name,
  kind,
  nestedIn: NESTABLE_PROPERTIES.find((list) => name.startsWith(`${list}.`)),
}));

const PROPERTIES_BY_NAME = new Map(SEARCH_PROPERTIES.map((property) => [property.name, property]));

/** Looks up a property by its SageMaker name; undefined when the catalog does not list it. */
export function findSearchProperty(name: string): SearchProperty | undefined {
  return PROPERTIES_BY_NAME.get(name);
}
