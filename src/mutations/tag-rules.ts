import { BadUserInputError } from "../errors/gateway-errors.js";
import type { TagInput } from "./tag.input.js";

/*
 * SageMaker's rules for the Tag shape and for AddTags and DeleteTags, from
 * the SageMaker API reference. A key has 1 to 128 characters and a value 0 to
 * 256, both from the pattern below. Keys starting with `aws:` are reserved for
 * AWS. One request names at most 50 tags or keys. Checking them here rejects
 * a bad request without a call and names the offending argument.
 */
const TAG_PATTERN = /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u;
const MAX_KEY_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;
export const MAX_TAGS_PER_REQUEST = 50;

/** Throws BAD_USER_INPUT unless `tags` is a non-empty list SageMaker's AddTags accepts, without repeated keys. */
export function assertValidTags(tags: readonly TagInput[]): void {
  assertListSize(tags.length, "tags");
  assertUniqueKeys(tags.map((tag) => tag.key), "tags");

  tags.forEach((tag, index) => {
    assertValidKey(tag.key, `tags[${index}].key`);
    assertText(tag.value, `tags[${index}].value`, 0, MAX_VALUE_LENGTH);
  });
}

/** Throws BAD_USER_INPUT unless `keys` is a non-empty list SageMaker's DeleteTags accepts, without repeats. */
export function assertValidTagKeys(keys: readonly string[]): void {
  assertListSize(keys.length, "keys");
  assertUniqueKeys(keys, "keys");
  keys.forEach((key, index) => assertValidKey(key, `keys[${index}]`));
}

function assertListSize(size: number, argumentName: string): void {
  if (size >= 1 && size <= MAX_TAGS_PER_REQUEST) return;
  throw new BadUserInputError(`Invalid "${argumentName}": a request names 1 to ${MAX_TAGS_PER_REQUEST} tags, not ${size}.`, { argumentName });
}

function assertUniqueKeys(keys: readonly string[], argumentName: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) {
      throw new BadUserInputError(`Invalid "${argumentName}": the key ${quote(key)} appears more than once; name each key once.`, { argumentName });
    }
    seen.add(key);
  }
}

function assertValidKey(key: string, argumentName: string): void {
  assertText(key, argumentName, 1, MAX_KEY_LENGTH);
  if (key.toLowerCase().startsWith("aws:")) {
    throw new BadUserInputError(`Invalid tag key ${quote(key)} at "${argumentName}": keys starting with "aws:" are reserved for AWS.`, { argumentName });
  }
}

function assertText(text: string, argumentName: string, minLength: number, maxLength: number): void {
  if (text.length < minLength || text.length > maxLength) {
    throw new BadUserInputError(
      `Invalid ${quote(text)} at "${argumentName}": it has ${text.length} characters; the limit is ${minLength} to ${maxLength}.`,
      { argumentName },
    );
  }
  if (!TAG_PATTERN.test(text)) {
    throw new BadUserInputError(
      `Invalid ${quote(text)} at "${argumentName}": tags contain only letters, digits, spaces and _ . : / = + - @ (pattern ${TAG_PATTERN.source}).`,
      { argumentName },
    );
  }
}

/** Quotes user input for a message, cut to 140 characters so a huge value cannot flood a response or a log. */
function quote(text: string): string {
  return JSON.stringify(text.length > 140 ? `${text.slice(0, 140)}...` : text);
}
