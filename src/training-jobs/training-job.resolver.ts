import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { BadUserInputError } from "../errors/gateway-errors.js";
import type { TrainingJobListQuery } from "../sagemaker/list-pager.js";
import { selectedFields } from "./selected-fields.js";
import { TrainingJobConnection } from "./training-job-connection.type.js";
import type { TrainingJobFilter } from "./training-job-filter.input.js";
import { assertValidJobName } from "./training-job-name.js";
import { SortOrder, TrainingJobSortField, type TrainingJobSort } from "./training-job-sort.input.js";
import { MAX_PAGE_SIZE, TrainingJobsArgs } from "./training-jobs.args.js";
import { TrainingJob } from "./types/training-job.type.js";
import { UNKNOWN_ENUM_VALUE } from "./types/upstream-enum.js";

@Resolver(() => TrainingJob)
export class TrainingJobResolver {
  @Query(() => TrainingJob, {
    nullable: true,
    description: "One training job by name; null when SageMaker does not know it.",
  })
  async trainingJob(
    @Arg("name", () => String, { description: "The training job name." }) name: string,
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingJob | null> {
    assertValidJobName(name);
    return context.trainingJobs.getJob(name, selectedFields(info));
  }

  @Query(() => TrainingJobConnection, {
    description: "Training jobs from ListTrainingJobs, filtered and sorted as SageMaker allows, in pages.",
  })
  async trainingJobs(
    @Args(() => TrainingJobsArgs) args: TrainingJobsArgs,
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingJobConnection> {
    assertPageSize(args.first);
    const query = toListQuery(args.filter, args.sort);
    const fields = selectedFields(info, ["edges", "node"]);

    return context.trainingJobs.listJobs(query, { first: args.first, after: args.after ?? undefined }, fields) as Promise<TrainingJobConnection>;
  }
}

export function assertPageSize(first: number): void {
  if (Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE) return;
  throw new BadUserInputError(`Invalid "first": ${first}; it must be an integer from 1 to ${MAX_PAGE_SIZE}.`, {
    argumentName: "first",
  });
}

/** Converts the GraphQL filter and sort into ListTrainingJobs members. */
function toListQuery(filter: TrainingJobFilter | null | undefined, sort: TrainingJobSort | null | undefined): TrainingJobListQuery {
  for (const [name, value] of Object.entries(filter ?? {})) {
    if (value === UNKNOWN_ENUM_VALUE) {
      throw new BadUserInputError(`Invalid filter.${name}: UNKNOWN only marks values SageMaker returns; choose a known value.`, {
        argumentName: `filter.${name}`,
      });
    }
  }
  if (filter?.nameContains !== undefined && filter.nameContains !== null && !/^[a-zA-Z0-9-]{0,63}$/.test(filter.nameContains)) {
    throw new BadUserInputError(
      `Invalid filter.nameContains ${JSON.stringify(filter.nameContains.slice(0, 100))}: at most 63 letters, digits and hyphens, as in job names.`,
      { argumentName: "filter.nameContains" },
    );
  }

  return {
    StatusEquals: filter?.statusEquals ?? undefined,
    NameContains: filter?.nameContains || undefined,
    CreationTimeAfter: filter?.creationTimeAfter ?? undefined,
    CreationTimeBefore: filter?.creationTimeBefore ?? undefined,
    LastModifiedTimeAfter: filter?.lastModifiedTimeAfter ?? undefined,
    LastModifiedTimeBefore: filter?.lastModifiedTimeBefore ?? undefined,
    WarmPoolStatusEquals: filter?.warmPoolStatusEquals ?? undefined,
    TrainingPlanArnEquals: filter?.trainingPlanArnEquals ?? undefined,
    SortBy: sort?.by ?? TrainingJobSortField.CREATION_TIME,
    SortOrder: sort?.order ?? SortOrder.DESCENDING,
  } as TrainingJobListQuery;
}
