import { RedactionResolver } from "../auth/index.js";
import { JobControlResolver } from "../mutations/index.js";
import { TrainingJobSearchResolver } from "../search/index.js";
import { JobUpdatesResolver } from "../subscriptions/index.js";
import { TrainingJobResolver } from "../training-jobs/training-job.resolver.js";

/** Every resolver class of the gateway; the schema is built from these. */
export const resolvers = [TrainingJobResolver, TrainingJobSearchResolver, RedactionResolver, JobControlResolver, JobUpdatesResolver] as const;
