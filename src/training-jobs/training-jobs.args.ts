import { ArgsType, Field, Int } from "type-graphql";

import { TrainingJobFilter } from "./training-job-filter.input.js";
import { TrainingJobSort } from "./training-job-sort.input.js";

/** Bounds of `first`; SageMaker pages hold at most 100 jobs. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class TrainingJobsArgs {
  @Field(() => TrainingJobFilter, { nullable: true, description: "ListTrainingJobs filters; all must match." })
  filter?: TrainingJobFilter;

  @Field(() => TrainingJobSort, { nullable: true, description: "Order of the jobs; newest first when absent." })
  sort?: TrainingJobSort;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Number of jobs to return, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of the job to start after (pageInfo.endCursor)." })
  after?: string;
}
