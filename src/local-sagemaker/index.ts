/**
 * The local SageMaker: an HTTP server that speaks SageMaker's AWS JSON 1.1
 * protocol for training jobs, so that the AWS SDK reaches it through its
 * `endpoint` option or AWS_ENDPOINT_URL_SAGEMAKER.
 */
export { startLocalSageMaker } from "./local-sagemaker.js";
export type { LocalSageMaker } from "./local-sagemaker.types.js";
export { readLocalSageMakerOptionsFromEnv, InvalidEnvironmentError } from "./options.env.js";
export { DEFAULT_SERVER_SETTINGS, type LocalSageMakerOptions, type LocalSageMakerLogger, type ServerSettings } from "./options.js";
export { DEFAULT_BEHAVIOUR, type Behaviour, type OperationFaults, type ThrottleRule } from "./behaviour/behaviour.js";
export { InvalidBehaviourError, type BehaviourUpdate } from "./behaviour/behaviour-update.js";
export type { CallStatsSnapshot, CountsByOperation } from "./behaviour/call-stats.js";
export { OPERATION_NAMES, type OperationName } from "./operations/operation-names.js";
export type { StoredJob, WireTag, WireTrainingJob } from "./wire.js";
