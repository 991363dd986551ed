export { InvalidSageMakerRecordError } from "./invalid-record.error.js";
export type { MapOptions, UnknownEnumValueHandler } from "./mapping-context.js";
export { mapShape, mapTrainingJob } from "./training-job.mapping.js";
export type { SageMakerTrainingJobRecord } from "./training-job.mapping.js";
