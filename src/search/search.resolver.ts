import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";

import type { GatewayContext } from "../context/gateway-context.js";
import { SUMMARY_FIELDS } from "../sagemaker/job-views.js";
import type { JobPage } from "../sagemaker/training-job-gateway.js";
import { TotalCountRelation, type TotalCount } from "../training-jobs/total-count.type.js";
import { selectedFields } from "../training-jobs/selected-fields.js";
import { TrainingJobConnection } from "../training-jobs/training-job-connection.type.js";
import { assertPageSize } from "../training-jobs/training-job.resolver.js";
import { buildSearchQuery } from "./search-query.build.js";
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
    const fields = selectedFields(info, ["edges", "node"]);
    if ([...fields].every((field) => SUMMARY_FIELDS.has(field))) fields.add(SEARCH_RECORD_FIELD);

    const page = await context.trainingJobs.searchJobs(query, { first: args.first, after: args.after ?? undefined }, fields);
    return { edges: page.edges, pageInfo: page.pageInfo, totalCount: toTotalCount(page.totalCount) } as TrainingJobConnection;
  }
}

/**
 * A field that every Search record serves and that no running job changes,
 * so asking for it costs no call beyond the Search itself.
 *
 * TODO: remove once TrainingJobGateway.searchJobs serves a selection of
 * summary fields alone (such as only trainingJobName) from the Search
 * records it holds. Today such a selection reads no view, and every node
 * resolves to null.
 */
const SEARCH_RECORD_FIELD = "roleArn";

const RELATIONS = new Set<string>(Object.values(TotalCountRelation));

/**
 * Converts Search's TotalHits. It is null when SageMaker sends none, and also
 * when its Relation is a value this gateway does not know, because a count
 * of unknown meaning would mislead.
 */
function toTotalCount(totalHits: JobPage["totalCount"]): TotalCount | null {
  if (!totalHits || !RELATIONS.has(totalHits.relation)) return null;
  return { value: totalHits.value, relation: totalHits.relation as TotalCountRelation };
}
