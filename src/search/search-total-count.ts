import type { JobPage } from "../sagemaker/training-job-gateway.js";
import { TotalCountRelation, type TotalCount } from "../training-jobs/total-count.type.js";

const RELATIONS = new Set<string>(Object.values(TotalCountRelation));

/**
 * Converts Search's TotalHits into the connection's totalCount. It is null
 * when SageMaker sends none, and also when its Relation is a value this
 * gateway does not know, because a count of unknown meaning would mislead.
 */
export function toTotalCount(totalHits: JobPage["totalCount"]): TotalCount | null {
  if (!totalHits || !RELATIONS.has(totalHits.relation)) return null;
  return { value: totalHits.value, relation: totalHits.relation as TotalCountRelation };
}
