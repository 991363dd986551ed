import { TrainingJobResolver } from "../training-jobs/training-job.resolver.js";

/** Every resolver class of the gateway; the schema is built from these. */
export const resolvers = [TrainingJobResolver] as const;
