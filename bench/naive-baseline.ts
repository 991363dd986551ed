import type { TrainingJobListQuery } from "../src/sagemaker/list-pager.js";
import { readListPage } from "../src/sagemaker/list-pager.js";
import { mapTrainingJob } from "../src/sagemaker/mapping/index.js";
import { TrainingJobGateway, type JobPage } from "../src/sagemaker/training-job-gateway.js";
import type { TrainingJob } from "../src/training-jobs/types/training-job.type.js";

/**
 * What a hand-written backend typically does with the same schema: every job
 * it returns costs one DescribeTrainingJob and one ListTags, whatever fields
 * the query selects, with no batching across jobs and no cache shared between
 * requests. Lists follow NextToken the same way the gateway does, so both
 * return the same jobs.
 */
export class NaiveTrainingJobs extends TrainingJobGateway {
  override async getJob(name: string): Promise<TrainingJob | null> {
    const described = await this.access.api.describeTrainingJob(this.scope, name);
    if (!described) return null;

    const tags = await this.access.api.listAllTags(this.scope, described.TrainingJobArn!);
    return mapTrainingJob({ ...described, Tags: tags } as never);
  }

  override async listJobs(query: TrainingJobListQuery, page: { first: number; after?: string }): Promise<JobPage> {
    const listed = await readListPage(this.access.api, this.scope, this.access.cursorCodec, {
      query,
      first: page.first,
      after: page.after,
      maxUpstreamPages: this.access.maxUpstreamPages,
    });

    const nodes = await Promise.all(listed.jobs.map(({ summary }) => this.getJob(summary.TrainingJobName!)));
    return {
      edges: listed.jobs.map((job, index) => ({ cursor: job.cursor, node: nodes[index] })),
      pageInfo: { hasNextPage: listed.hasNextPage, endCursor: listed.endCursor },
    };
  }
}
