import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { selectedFields } from "../training-jobs/selected-fields.js";
import { TrainingJobConnection } from "../training-jobs/training-job-connection.type.js";
import { assertPageSize } from "../training-jobs/training-job.resolver.js";
import { buildSearchQuery } from "./search-query.build.js";
import { assertNoHiddenProperties } from "./secret-property.guard.js";
import { toTotalCount } from "./search-total-count.js";
import { SearchTrainingJobsArgs } from "./search-training-jobs.args.js";

@Resolver()
export class TrainingJobSearchResolver {
  @Query(() => TrainingJobConnection, {
    description:
      "Training jobs that match a SageMaker Search expression, in pages. Filters reach every property of the " +
      "TrainingJob record, final metrics, hyperparameters and tags. Search's index lags behind writes, so a job " +
      "created or changed moments ago can be missing or matched on its earlier state.",
  })
  async searchTrainingJobs(
    @Args(() => SearchTrainingJobsArgs) args: SearchTrainingJobsArgs,
    @Ctx() context: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingJobConnection> {
    assertPageSize(args.first);
    const query = buildSearchQuery(args);
    assertNoHiddenProperties(query, context.caller, context.secretValues);
    const fields = selectedFields(info, ["edges", "node"]);

    const page = await context.trainingJobs.searchJobs(query, { first: args.first, after: args.after ?? undefined }, fields);
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: toTotalCount(page.totalCount) } as TrainingJobConnection;
  }
}
