import type {
  DescribeTrainingJobResponse,
  TrainingJob as SageMakerTrainingJob,
  Tag,
  TrainingJobSummary,
} from "@aws-sdk/client-sagemaker";
import type { Logger } from "pino";

import type { TrainingJob } from "../training-jobs/types/training-job.type.js";
import type { CallScope } from "./call-scope.js";
import { classifyFields } from "./job-views.js";
import { searchForListPage } from "./list-as-search.js";
import { ListCursorCodec } from "./list-cursor.js";
import { readListPage, type TrainingJobListQuery } from "./list-pager.js";
import type { SageMakerApi } from "./sagemaker-api.js";
import { MAX_SEARCH_RESULTS } from "./search-names.js";
import { readSearchPage, type TrainingJobSearchQuery } from "./search-pager.js";
import type { SharedJobCache } from "./shared-job-cache.js";
import { cacheKey, createTrainingJobLoaders, type TrainingJobLoaders } from "./training-job-loaders.js";
import { TrainingJobReader } from "./training-job-reader.js";
import { TrainingJobWriter, type JobChangeListener, type JobWriteOutcome } from "./training-job-writer.js";
import { unknownEnumReporter } from "./unknown-enum-reporter.js";

export { MAX_TAGS_PER_RESOURCE, type JobChange, type JobChangeListener, type JobWriteOutcome } from "./training-job-writer.js";

/** The parts of the access layer that live as long as the process. */
export type SageMakerAccess = {
  api: SageMakerApi;
  cache: SharedJobCache;
  cursorCodec: ListCursorCodec;
  maxUpstreamPages: number;
  logger: Logger;
  /** Told of every change made through the gateway, after SageMaker accepted it. */
  onJobChanged?: JobChangeListener;
};

export type JobEdge = { cursor: string; node: TrainingJob | null | Error };

export type JobPage = {
  edges: JobEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Search's count of matches; absent for ListTrainingJobs, which has none. */
  totalCount?: { value: number; relation: string };
};

/**
 * The per-request facade that resolvers use to read and change jobs. Each method takes the
 * names of the `TrainingJob` fields the query selects, so that it reads only
 * the views those fields need (see TrainingJobReader).
 */
export class TrainingJobGateway {
  private readonly reader: TrainingJobReader;
  private readonly loaders: TrainingJobLoaders;
  private readonly writer: TrainingJobWriter;

  constructor(
    protected readonly access: SageMakerAccess,
    protected readonly scope: CallScope,
  ) {
    this.loaders = createTrainingJobLoaders({ api: access.api, cache: access.cache, scope });
    this.reader = new TrainingJobReader(this.loaders, { onUnknownEnumValue: unknownEnumReporter(access.logger) });
    this.writer = new TrainingJobWriter(access, scope, (record, tags, fields) => {
      this.useFreshRecords(record, tags);
      return this.reader.read({ name: record.TrainingJobName! }, classifyFields(fields));
    });
  }

  /** Reads one job, or `null` when SageMaker does not know it. A fresh `summary` serves the summary fields without a call. */
  async getJob(name: string, fields: ReadonlySet<string>, summary?: TrainingJobSummary): Promise<TrainingJob | null> {
    return this.reader.read({ name, summary }, classifyFields(fields));
  }

  /**
   * Serves `record` (and `tags`, when given) for its job for the rest of this
   * request instead of Search, whose index lags behind changes. Used right
   * after a change made through the gateway.
   */
  useFreshRecords(record: DescribeTrainingJobResponse, tags?: Tag[]): void {
    const name = record.TrainingJobName!;
    this.loaders.searchRecordLoader.clear(name).prime(name, undefined);
    this.loaders.describeLoader.clear(name).prime(name, record);
    if (tags && record.TrainingJobArn) this.loaders.tagsLoader.clear(record.TrainingJobArn).prime(record.TrainingJobArn, tags);
  }

  /** Stops a running job; see TrainingJobWriter. */
  stopJob(name: string, fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    return this.writer.stopJob(name, fields);
  }

  /** Adds or overwrites tags; see TrainingJobWriter. */
  addTags(name: string, tags: Tag[], fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    return this.writer.addTags(name, tags, fields);
  }

  /** Removes tags by key; see TrainingJobWriter. */
  removeTags(name: string, keys: string[], fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    return this.writer.removeTags(name, keys, fields);
  }

  /**
   * A page of ListTrainingJobs, with each job's selected fields resolved in
   * batches. On a first page that needs details, the matching Search goes out
   * with the first ListTrainingJobs call (see list-as-search.ts).
   */
  async listJobs(
    query: TrainingJobListQuery,
    page: { first: number; after?: string },
    fields: ReadonlySet<string>,
  ): Promise<JobPage> {
    const needs = classifyFields(fields);
    const listingKey = `${ListCursorCodec.queryHash(query)}:${page.first}`;
    const searchAhead = !page.after && (needs.record || needs.tags) && !this.access.cache.coversFirstPage(listingKey);
    const speculative = searchAhead ? this.searchAhead(query, page.first) : undefined;

    const listed = await readListPage(this.access.api, this.scope, this.access.cursorCodec, {
      query,
      first: page.first,
      after: page.after,
      maxUpstreamPages: this.access.maxUpstreamPages,
    });
    const listedNames = listed.jobs.map((job) => job.summary.TrainingJobName!);
    if (speculative) this.primeSearchRecords(await speculative, new Set(listedNames));
    if (!page.after) this.access.cache.rememberFirstPage(listingKey, listedNames);

    const nodes = await Promise.all(
      listed.jobs.map(({ summary }) =>
        this.reader.read({ name: summary.TrainingJobName!, summary }, needs).catch((error: Error) => error),
      ),
    );

    return {
      edges: listed.jobs.map((job, index) => ({ cursor: job.cursor, node: nodes[index] })),
      pageInfo: { hasNextPage: listed.hasNextPage, endCursor: listed.endCursor },
    };
  }

  /** Search records of a listing's first page; an empty list when Search cannot express it or fails. */
  private async searchAhead(query: TrainingJobListQuery, first: number): Promise<SageMakerTrainingJob[]> {
    const search = searchForListPage(query);
    if (!search) return [];

    try {
      const output = await this.access.api.searchTrainingJobs(this.scope, { ...search, maxResults: Math.min(first, MAX_SEARCH_RESULTS) });
      return output.jobs;
    } catch {
      // The regular path loads every job the speculative Search would have served.
      return [];
    }
  }

  /** Hands Search records of listed jobs to the request's Search loader, so they cost no second call. */
  private primeSearchRecords(records: SageMakerTrainingJob[], listedNames: ReadonlySet<string>): void {
    for (const record of records) {
      const name = record.TrainingJobName;
      if (!name || !listedNames.has(name)) continue;

      this.loaders.searchRecordLoader.prime(name, record);
      this.access.cache.set(cacheKey("search", name), record, record.TrainingJobStatus);
    }
  }

  /**
   * A page of Search results. The records Search returns serve the selected
   * fields directly: they are primed into the request's Search loader, so
   * only Describe-only fields and running jobs' changing fields cost more.
   */
  async searchJobs(
    query: TrainingJobSearchQuery,
    page: { first: number; after?: string },
    fields: ReadonlySet<string>,
  ): Promise<JobPage> {
    const searched = await readSearchPage(this.access.api, this.scope, this.access.cursorCodec, {
      query,
      first: page.first,
      after: page.after,
    });
    for (const record of searched.records) {
      if (record.TrainingJobName) this.loaders.searchRecordLoader.prime(record.TrainingJobName, record);
    }

    const needs = classifyFields(fields);
    const nodes = await Promise.all(
      searched.records.map((record) => this.reader.read({ name: record.TrainingJobName! }, needs).catch((error: Error) => error)),
    );

    return {
      edges: searched.records.map((_, index) => ({ cursor: searched.cursors[index], node: nodes[index] })),
      pageInfo: { hasNextPage: searched.hasNextPage, endCursor: searched.endCursor },
      totalCount: searched.totalHits,
    };
  }
}
