import type { DescribeTrainingJobResponse, Tag, TrainingJob } from "@aws-sdk/client-sagemaker";
import DataLoader from "dataloader";

import type { CallScope } from "./call-scope.js";
import type { SageMakerApi } from "./sagemaker-api.js";
import { expressionForNames, MAX_SEARCH_RESULTS } from "./search-names.js";
import type { SharedJobCache } from "./shared-job-cache.js";

/**
 * The per-request loaders of one GraphQL request. Each collects the keys
 * requested in one tick of the event loop, serves what the shared cache
 * contains or another request is already loading, and sends one call for the
 * rest:
 * one Search for up to 100 names, one DescribeTrainingJob per name, one
 * ListTags walk per ARN. Values are `undefined` when SageMaker does not know
 * the job (or Search has not indexed it yet).
 */
export type TrainingJobLoaders = {
  searchRecordLoader: DataLoader<string, TrainingJob | undefined>;
  describeLoader: DataLoader<string, DescribeTrainingJobResponse | undefined>;
  tagsLoader: DataLoader<string, Tag[] | undefined>;
};

type Deps = { api: SageMakerApi; cache: SharedJobCache; scope: CallScope };

export function createTrainingJobLoaders(deps: Deps): TrainingJobLoaders {
  return {
    searchRecordLoader: new DataLoader((names) => loadSearchRecords(deps, names), {
      maxBatchSize: MAX_SEARCH_RESULTS,
    }),
    describeLoader: new DataLoader((names) => loadEach(deps, names, "describe", (name) => describe(deps, name))),
    tagsLoader: new DataLoader((arns) => loadEach(deps, arns, "tags", (arn) => listTags(deps, arn)), {
      cacheKeyFn: (arn) => arn.toLowerCase(),
    }),
  };
}

/** Shared-cache key of one loaded value: `search:<name>`, `describe:<name>` or `tags:<arn>`. */
export function cacheKey(kind: string, key: string): string {
  return kind === "tags" ? `tags:${key.toLowerCase()}` : `${kind}:${key}`;
}

/** Serves a key from the shared cache or a load in flight, when either has it. */
function fromShared<T>(cache: SharedJobCache, key: string): Promise<T> | undefined {
  const cached = cache.get<T>(key);
  if (cached !== undefined) {
    cache.hits += 1;
    return Promise.resolve(cached);
  }
  return cache.pending<T>(key);
}

/** Loads with one Search call every name not already cached or in flight. */
async function loadSearchRecords(deps: Deps, names: readonly string[]): Promise<Array<TrainingJob | undefined | Error>> {
  const { api, cache, scope } = deps;
  const loads = new Map<string, Promise<TrainingJob | undefined>>();
  const missing: string[] = [];

  for (const name of names) {
    const shared = fromShared<TrainingJob>(cache, cacheKey("search", name));
    if (shared) loads.set(name, shared);
    else missing.push(name);
  }

  if (missing.length > 0) {
    cache.misses += missing.length;
    const call = api
      .searchTrainingJobs(scope, { expression: expressionForNames(missing), maxResults: MAX_SEARCH_RESULTS })
      .then(({ jobs }) => {
        const byName = new Map(jobs.map((job) => [job.TrainingJobName ?? "", job]));
        for (const job of jobs) cache.set(cacheKey("search", job.TrainingJobName ?? ""), job, job.TrainingJobStatus);
        return byName;
      });
    for (const name of missing) {
      loads.set(name, cache.track(cacheKey("search", name), call.then((byName) => byName.get(name))));
    }
  }

  return Promise.all(names.map((name) => loads.get(name)!.catch((error: Error) => error)));
}

async function describe(deps: Deps, name: string): Promise<DescribeTrainingJobResponse | undefined> {
  const job = await deps.api.describeTrainingJob(deps.scope, name);
  if (job) deps.cache.set(cacheKey("describe", name), job, job.TrainingJobStatus);
  return job;
}

async function listTags(deps: Deps, arn: string): Promise<Tag[] | undefined> {
  const tags = await deps.api.listAllTags(deps.scope, arn);
  // Tags change only through AddTags and DeleteTags, which evict this entry
  // when they go through the gateway; the terminal lifetime applies.
  if (tags) deps.cache.set(cacheKey("tags", arn), tags, "Completed");
  return tags;
}

/** Loads each key with one call, shared with other requests loading the same key. */
async function loadEach<T>(
  deps: Deps,
  keys: readonly string[],
  kind: string,
  load: (key: string) => Promise<T | undefined>,
): Promise<Array<T | undefined | Error>> {
  const { cache } = deps;

  return Promise.all(
    keys.map((key) => {
      const sharedKey = cacheKey(kind, key);
      const shared = fromShared<T>(cache, sharedKey);
      if (shared) return shared.catch((error: Error) => error);

      cache.misses += 1;
      return cache.track(sharedKey, load(key)).catch((error: Error) => error);
    }),
  );
}
