import type { TrainingJob as SageMakerTrainingJob } from "@aws-sdk/client-sagemaker";
import type { DescribeTrainingJobResponse, Tag, TrainingJobSummary } from "@aws-sdk/client-sagemaker";
import type { Logger } from "pino";

import { UpstreamError, UpstreamErrorCode } from "../errors/gateway-errors.js";
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

/**
 * A change made through the gateway: the job as DescribeTrainingJob returned
 * it (after a stop, or just before a tag change, which Describe does not
 * show), its tags when they were read, and when that Describe was sent
 * (epoch milliseconds).
 */
export type JobChange = { kind: "status" | "tags"; record: DescribeTrainingJobResponse; tags?: Tag[]; requestedAt: number };

export type JobChangeListener = (change: JobChange) => void;

/** Tags one SageMaker resource may carry, counting those it has (AddTags API reference). */
export const MAX_TAGS_PER_RESOURCE = 50;

/** Result of a mutation: the changed job, or why SageMaker was not asked or refused. */
export type JobWriteOutcome =
  | { kind: "done"; job: TrainingJob }
  | { kind: "notFound" }
  | { kind: "notRunning"; status: string; rejection: UpstreamError }
  | { kind: "tooManyTags"; existing: number; total: number };

export type JobEdge = { cursor: string; node: TrainingJob | null | Error };

export type JobPage = {
  edges: JobEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Search's count of matches; absent for ListTrainingJobs, which has none. */
  totalCount?: { value: number; relation: string };
};

/**
 * What resolvers ask of SageMaker during one request. Each method takes the
 * names of the `TrainingJob` fields the query selects, so that it reads only
 * the views those fields need (see TrainingJobReader).
 */
export class TrainingJobGateway {
  private readonly reader: TrainingJobReader;
  private readonly loaders: TrainingJobLoaders;

  constructor(
    protected readonly access: SageMakerAccess,
    protected readonly scope: CallScope,
  ) {
    this.loaders = createTrainingJobLoaders({ api: access.api, cache: access.cache, scope });
    this.reader = new TrainingJobReader(this.loaders, { onUnknownEnumValue: unknownEnumReporter(access.logger) });
  }

  /** One job, or `null` when SageMaker does not know it. A fresh `summary` serves the summary fields without a call. */
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

  /**
   * Stops a running job. SageMaker rejects unknown and not-running jobs alike
   * with a ValidationException, so after a rejection a Describe tells them
   * apart instead of the error message.
   */
  async stopJob(name: string, fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    try {
      await this.access.api.stopTrainingJob(this.scope, name);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.code !== UpstreamErrorCode.REJECTED) throw error;

      const current = await this.access.api.describeTrainingJob(this.scope, name);
      if (!current) return { kind: "notFound" };
      if (current.TrainingJobStatus !== "InProgress") return { kind: "notRunning", status: current.TrainingJobStatus ?? "unknown", rejection: error };
      throw error;
    }

    const requestedAt = Date.now();
    const record = await this.access.api.describeTrainingJob(this.scope, name);
    if (!record) return { kind: "notFound" };
    return this.finishWrite("status", record, requestedAt, fields);
  }

  /** Adds or overwrites tags, after checking that the job stays within MAX_TAGS_PER_RESOURCE. */
  async addTags(name: string, tags: Tag[], fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    const requestedAt = Date.now();
    const record = await this.access.api.describeTrainingJob(this.scope, name);
    if (!record) return { kind: "notFound" };

    const existing = new Set(((await this.access.api.listAllTags(this.scope, record.TrainingJobArn!)) ?? []).map((tag) => tag.Key));
    const total = existing.size + tags.filter((tag) => !existing.has(tag.Key)).length;
    if (total > MAX_TAGS_PER_RESOURCE) return { kind: "tooManyTags", existing: existing.size, total };

    await this.access.api.addTags(this.scope, record.TrainingJobArn!, tags);
    return this.finishWrite("tags", record, requestedAt, fields);
  }

  /** Removes tags by key; keys the job lacks are ignored, as SageMaker does. */
  async removeTags(name: string, keys: string[], fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    const requestedAt = Date.now();
    const record = await this.access.api.describeTrainingJob(this.scope, name);
    if (!record) return { kind: "notFound" };

    await this.access.api.deleteTags(this.scope, record.TrainingJobArn!, keys);
    return this.finishWrite("tags", record, requestedAt, fields);
  }

  /**
   * Evicts the changed job from the shared cache, reads its tags again when
   * they changed or are selected, tells `onJobChanged`, and resolves the
   * selected fields from the fresh records.
   */
  private async finishWrite(kind: JobChange["kind"], record: DescribeTrainingJobResponse, requestedAt: number, fields: ReadonlySet<string>): Promise<JobWriteOutcome> {
    const arn = record.TrainingJobArn!;
    this.access.cache.evictJob(record.TrainingJobName!, arn);

    const tags = kind === "tags" || fields.has("tags") ? await this.access.api.listAllTags(this.scope, arn) : undefined;
    this.access.onJobChanged?.({ kind, record, tags, requestedAt });

    this.useFreshRecords(record, tags);
    const job = await this.reader.read({ name: record.TrainingJobName! }, classifyFields(fields));
    return job ? { kind: "done", job } : { kind: "notFound" };
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

const reportedEnumValues = new Set<string>();

/** Logs each enum value SageMaker sends that the schema does not know, once per process. */
function unknownEnumReporter(logger: Logger) {
  return (enumName: string, value: string, path: string) => {
    const key = `${enumName}\u0000${value}`;
    if (reportedEnumValues.has(key)) return;

    reportedEnumValues.add(key);
    logger.warn(
      { event: "unknown_enum_value", enumName, value, path },
      `SageMaker returned ${enumName} value "${value}", which this gateway version does not know; it is served as UNKNOWN.`,
    );
  };
}
