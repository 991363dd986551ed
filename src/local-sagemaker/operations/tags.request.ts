import { validationError } from "../service-error.js";
import { ConstraintViolations } from "../validation/constraint-violations.js";
import { readString, readStringList, readTagList, type RequestBody } from "../validation/request-members.js";
import { TAG_PATTERN, checkResourceArn } from "../validation/sagemaker-constraints.js";
import type { WireTag } from "../wire.js";

/** Tags one resource may carry, and tags or keys one AddTags or DeleteTags call may name (SageMaker's TagList and TagKeyList). */
export const MAX_TAGS_PER_RESOURCE = 50;

/** Reads and validates an AddTags body. */
export function readAddTagsRequest(body: RequestBody): { resourceArn: string; tags: WireTag[] } {
  const resourceArn = readString(body, "ResourceArn");
  const tags = readTagList(body, "Tags");

  const violations = new ConstraintViolations();
  checkResourceArn(violations, resourceArn, "resourceArn");
  if (violations.requirePresent(tags, "tags") && tags !== undefined) {
    violations.checkLength(tags, "tags", 0, MAX_TAGS_PER_RESOURCE);
    tags.forEach((tag, index) => {
      const path = `tags.${index + 1}.member`;
      if (violations.requirePresent(tag.Key, `${path}.key`) && tag.Key !== undefined) checkTagKey(violations, tag.Key, `${path}.key`);
      if (violations.requirePresent(tag.Value, `${path}.value`) && tag.Value !== undefined) {
        violations.checkLength(tag.Value, `${path}.value`, 0, 256);
        violations.checkPattern(tag.Value, `${path}.value`, TAG_PATTERN);
      }
    });
  }
  violations.throwIfAny();

  const complete = tags as WireTag[];
  rejectReservedKeys(complete.map((tag) => tag.Key));
  return { resourceArn: resourceArn as string, tags: complete };
}

/** Reads and validates a DeleteTags body. */
export function readDeleteTagsRequest(body: RequestBody): { resourceArn: string; tagKeys: string[] } {
  const resourceArn = readString(body, "ResourceArn");
  const tagKeys = readStringList(body, "TagKeys");

  const violations = new ConstraintViolations();
  checkResourceArn(violations, resourceArn, "resourceArn");
  if (violations.requirePresent(tagKeys, "tagKeys") && tagKeys !== undefined) {
    violations.checkLength(tagKeys, "tagKeys", 1, MAX_TAGS_PER_RESOURCE);
    tagKeys.forEach((key, index) => checkTagKey(violations, key, `tagKeys.${index + 1}.member`));
  }
  violations.throwIfAny();

  rejectReservedKeys(tagKeys as string[]);
  return { resourceArn: resourceArn as string, tagKeys: tagKeys as string[] };
}

function checkTagKey(violations: ConstraintViolations, key: string, memberPath: string): void {
  violations.checkLength(key, memberPath, 1, 128);
  violations.checkPattern(key, memberPath, TAG_PATTERN);
}

/** AWS reserves the `aws:` prefix for its own tags, which users can neither add nor delete. */
function rejectReservedKeys(keys: readonly string[]): void {
  const reserved = keys.find((key) => key.toLowerCase().startsWith("aws:"));
  if (reserved !== undefined) {
    throw validationError(`Tag key '${reserved}' is invalid: keys that start with 'aws:' are reserved for AWS use.`);
  }
}
