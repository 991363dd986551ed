import { resourceNotFound, validationError } from "../service-error.js";
import { ConstraintViolations } from "../validation/constraint-violations.js";
import { readInteger, readString } from "../validation/request-members.js";
import { checkNextToken, checkResourceArn } from "../validation/sagemaker-constraints.js";
import type { StoredJob, WireTag } from "../wire.js";
import type { OperationContext, OperationHandler } from "./operation-context.js";
import { MAX_TAGS_PER_RESOURCE, readAddTagsRequest, readDeleteTagsRequest } from "./tags.request.js";

/*
 * Tags of training jobs, found by ARN case-insensitively. Tag changes do not
 * bump the job's LastModifiedTime: tags are kept apart from the job record,
 * and DescribeTrainingJob does not return them. They are a change for
 * Search, whose TrainingJob records carry Tags.
 */

/** Page size of ListTags without MaxResults; SageMaker's ListTagsMaxResults has a minimum of 50. */
const DEFAULT_LIST_TAGS_PAGE = 50;

/** AddTags adds or overwrites tags by key and returns the tags of the request. */
export const addTags: OperationHandler = (body, context) => {
  const request = readAddTagsRequest(body);
  const stored = findTaggedJob(context, request.resourceArn);

  const merged = new Map(stored.tags.map((tag) => [tag.Key, tag.Value]));
  for (const tag of request.tags) merged.set(tag.Key, tag.Value);
  if (merged.size > MAX_TAGS_PER_RESOURCE) {
    throw validationError(
      `Adding these tags would give resource ${request.resourceArn} ${merged.size} tags; a resource can have at most ${MAX_TAGS_PER_RESOURCE}. Delete tags first.`,
    );
  }

  const tags: WireTag[] = [...merged].map(([Key, Value]) => ({ Key, Value }));
  context.store.update(stored.job.TrainingJobName, (job) => {
    job.tags = tags;
  });
  return { Tags: request.tags };
};

/** DeleteTags removes the named keys; keys the resource lacks are ignored. */
export const deleteTags: OperationHandler = (body, context) => {
  const request = readDeleteTagsRequest(body);
  const stored = findTaggedJob(context, request.resourceArn);

  const removed = new Set(request.tagKeys);
  context.store.update(stored.job.TrainingJobName, (job) => {
    job.tags = job.tags.filter((tag) => !removed.has(tag.Key));
  });
  return {};
};

export const listTags: OperationHandler = (body, context) => {
  const resourceArn = readString(body, "ResourceArn");
  const maxResults = readInteger(body, "MaxResults") ?? DEFAULT_LIST_TAGS_PAGE;
  const nextToken = readString(body, "NextToken");

  const violations = new ConstraintViolations();
  checkResourceArn(violations, resourceArn, "resourceArn");
  checkNextToken(violations, nextToken);
  violations.checkRange(maxResults, "maxResults", 50, undefined);
  violations.throwIfAny();

  const stored = findTaggedJob(context, resourceArn as string);
  const shape = { resourceArn: (resourceArn as string).toLowerCase() };
  const start = nextToken === undefined ? 0 : (context.tokens.read("ListTags", shape, nextToken) as number);

  const end = start + maxResults;
  const response: Record<string, unknown> = { Tags: stored.tags.slice(start, end) };
  if (end < stored.tags.length) response.NextToken = context.tokens.issue("ListTags", shape, end);
  return response;
};

function findTaggedJob(context: OperationContext, arn: string): StoredJob {
  const stored = context.store.getByArn(arn);
  if (!stored) throw resourceNotFound();
  return stored;
}
