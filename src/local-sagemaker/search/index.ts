import type { StoredJob } from "../wire.js";
import { decodeNextToken, encodeNextToken, fingerprintRequest } from "./next-token.js";
import { compileSearchExpression } from "./search-expression.compile.js";
import { toSearchRecord } from "./search-record.js";
import { parseSearchRequest } from "./search-request.parse.js";
import { compareSortKeys, compileSortKey, type SortKey } from "./search.sort.js";
import type { SearchRequest, SearchResponseBody } from "./search.types.js";

/**
 * Number of matches up to which TotalHits is exact. Past it, TotalHits
 * reports this number with the Relation GreaterThanOrEqualTo.
 *
 * NOTE: AWS does not document SageMaker's limit. 10,000 is an assumption,
 * chosen because it is OpenSearch's default for counting hits exactly.
 */
const EXACT_TOTAL_HITS_LIMIT = 10_000;

/**
 * Runs SageMaker's `Search` operation over the stored training jobs.
 *
 * `request` is the JSON body of the call. Invalid requests throw a
 * `LocalServiceError`: a ValidationException with SageMaker's message form,
 * or a SerializationException for a member of the wrong JSON type. Results
 * are deep copies of Search's TrainingJob view (see `toSearchRecord`),
 * ordered by SortBy and SortOrder (default LastModifiedTime, Descending),
 * at most MaxResults (default 10) per page. NextToken is present when more
 * results follow and is valid only with the same expression and sort.
 */
export function runSearch(jobs: readonly StoredJob[], request: Record<string, unknown>): SearchResponseBody {
  const search = parseSearchRequest(request);

  const fingerprint = fingerprintRequest(request, search.sortBy, search.sortOrder);
  const resumeAfter = search.nextToken === undefined ? undefined : decodeNextToken(search.nextToken, fingerprint);
  const sortKeyOf = compileSortKey(search.sortBy, search.sortOrder);

  const matches = findMatches(jobs, search);
  const ordered = matches
    .map((stored) => ({ stored, key: sortKeyOf(stored) }))
    .sort((a, b) => compareSortKeys(a.key, b.key, search.sortOrder));

  const remaining = resumeAfter ? ordered.filter((entry) => isAfter(entry.key, resumeAfter, search)) : ordered;
  const page = remaining.slice(0, search.maxResults);

  const response: SearchResponseBody = {
    Results: page.map((entry) => toSearchRecord(entry.stored)),
    TotalHits: countHits(matches.length),
  };
  if (remaining.length > page.length) {
    response.NextToken = encodeNextToken(fingerprint, page[page.length - 1].key);
  }
  return response;
}

/**
 * Selects the jobs that satisfy the expression and the visibility
 * conditions. The local SageMaker has a single account that shares nothing,
 * so a CrossAccount search finds no jobs.
 */
function findMatches(jobs: readonly StoredJob[], search: SearchRequest): StoredJob[] {
  if (search.crossAccountOnly) return [];

  const matchesExpression = search.expression ? compileSearchExpression(search.expression, jobs) : () => true;
  return jobs.filter((stored) => matchesExpression(stored) && isVisible(stored, search));
}

/**
 * Tells whether a job passes the VisibilityConditions: it fails only when it
 * has a condition's tag key with another value (SDK documentation).
 */
function isVisible(stored: StoredJob, search: SearchRequest): boolean {
  return search.visibilityConditions.every(({ tagKey, value }) => {
    const tagValues = stored.tags.filter((tag) => tag.Key === tagKey).map((tag) => tag.Value);
    return tagValues.length === 0 || tagValues.includes(value);
  });
}

function isAfter(key: SortKey, resumeAfter: SortKey, search: SearchRequest): boolean {
  return compareSortKeys(key, resumeAfter, search.sortOrder) > 0;
}

function countHits(matchCount: number): NonNullable<SearchResponseBody["TotalHits"]> {
  if (matchCount > EXACT_TOTAL_HITS_LIMIT) return { Value: EXACT_TOTAL_HITS_LIMIT, Relation: "GreaterThanOrEqualTo" };
  return { Value: matchCount, Relation: "EqualTo" };
}
