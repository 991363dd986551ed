import type { DescribeTrainingJobResponse, TrainingJob as SdkTrainingJob } from "@aws-sdk/client-sagemaker";
import type { ClassType } from "type-graphql";

import { TrainingJob } from "../../training-jobs/types/index.js";
import { createMappingContext, type MapOptions } from "./mapping-context.js";
import { getShapeMapper } from "./shape-mapper.js";

/**
 * A training job as SageMaker returns it: a Search result's `TrainingJob`
 * or a DescribeTrainingJob response. A record parsed from JSON maps the same
 * way, with timestamps as epoch seconds or ISO-8601 text.
 */
export type SageMakerTrainingJobRecord = SdkTrainingJob | DescribeTrainingJobResponse;

/**
 * Maps a SageMaker training job record to the schema's `TrainingJob`.
 * Absent members become null, members the schema does not know (such as the
 * 2019 `DebugConfig`) are ignored, and enum values the schema does not list
 * become `UNKNOWN`. Throws `InvalidSageMakerRecordError` when a value has the
 * wrong type or `TrainingJobName` is missing.
 */
export function mapTrainingJob(source: SageMakerTrainingJobRecord, options?: MapOptions): TrainingJob {
  return mapShape(TrainingJob, source, options);
}

/**
 * Maps any SageMaker object to an instance of the schema class for its shape,
 * for example a ListTags `Tag` to `Tag`. Same rules as `mapTrainingJob`.
 */
export function mapShape<T extends object>(target: ClassType<T>, source: object, options?: MapOptions): T {
  return getShapeMapper(target)(source, createMappingContext(options), undefined);
}
