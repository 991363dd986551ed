import { TrainingJobSearchResolver } from "../search/index.js";
import { TrainingJobResolver } from "../training-jobs/training-job.resolver.js";

/** Every resolver class of the gateway; the schema is built from these. */
export const resolvers = [TrainingJobResolver, TrainingJobSearchResolver] as const;
