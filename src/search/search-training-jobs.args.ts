import { ArgsType, Field, Int } from "type-graphql";

import { SortOrder } from "../training-jobs/training-job-sort.input.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../training-jobs/training-jobs.args.js";
import { TrainingJobSearchExpression } from "./search-expression.input.js";
import { TrainingJobSearchProperty } from "./search-property.enum.js";

/** Property Search sorts by when the caller names none. */
export const DEFAULT_SEARCH_SORT = "CreationTime";

@ArgsType()
export class SearchTrainingJobsArgs {
  @Field(() => TrainingJobSearchExpression, { nullable: true, description: "Conditions the jobs must meet; every job when absent." })
  where?: TrainingJobSearchExpression | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Property to sort by, as SageMaker names it: Metrics.<metric name> (such as Metrics.validation:auc), " +
      "HyperParameters.<name>, Tags.<key>, or a path that TrainingJobSearchProperty lists, such as TrainingEndTime. " +
      "Give at most one of sortBy and sortByProperty; CreationTime when both are absent.",
  })
  sortBy?: string | null;

  @Field(() => TrainingJobSearchProperty, {
    nullable: true,
    description: "Catalogued property to sort by, as an alternative to sortBy.",
  })
  sortByProperty?: TrainingJobSearchProperty | null;

  @Field(() => SortOrder, { defaultValue: SortOrder.DESCENDING, description: "Sort direction; DESCENDING when absent." })
  sortOrder!: SortOrder;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Number of jobs to return, from 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of the job to start after (pageInfo.endCursor)." })
  after?: string | null;
}
