import type { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema } from "graphql";
import { Kind } from "graphql";
// The CommonJS build loads the same `graphql` module as the schema does. The
// ES module build loads graphql's .mjs files instead, a second copy that
// rejects this schema as coming "from another module or realm".
import { getComplexity, type ComplexityEstimatorArgs } from "graphql-query-complexity/cjs";

import { classifyFields, type FieldNeeds } from "../../sagemaker/job-views.js";
import { selectedFields } from "../../training-jobs/selected-fields.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../training-jobs/training-jobs.args.js";

/** ListTrainingJobs and Search return at most 100 items a call. */
const UPSTREAM_PAGE_SIZE = 100;

/**
 * Fields the estimate visits at most, with fragments written out at each
 * spread. It bounds the work of estimating a document that spreads
 * fragments inside fragments many times over.
 */
export const MAX_ESTIMATED_FIELDS = 10_000;

/** A document with more than MAX_ESTIMATED_FIELDS fields once its fragments are written out. */
export class TooManyFieldsToEstimateError extends Error {
  constructor() {
    super(`more than ${MAX_ESTIMATED_FIELDS} fields with fragments written out`);
    this.name = "TooManyFieldsToEstimateError";
  }
}

/** The estimate of one operation: the total, and each root field's share under its response name. */
export type CostEstimate = {
  total: number;
  byField: Array<{ responseName: string; field: string; cost: number }>;
};

export type CostModel = {
  /** ListTrainingJobs pages one `trainingJobs` field may read (LIST_MAX_UPSTREAM_PAGES). */
  maxUpstreamPages: number;
};

/**
 * Estimates the SageMaker calls an operation may cause before it runs, with
 * graphql-query-complexity and one estimator for the root fields (the model
 * is written down in docs/limits.md). Only root fields cost calls: every
 * field below them is served from the records their loaders fetched.
 * Aliases of a root field count once each, and `@skip`/`@include` with
 * known values are honoured.
 *
 * Throws TooManyFieldsToEstimateError past MAX_ESTIMATED_FIELDS, and the
 * GraphQLError of graphql-js when a variable or argument value is invalid.
 */
export function estimateQueryCost(request: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string;
  variables?: Record<string, unknown>;
  model: CostModel;
}): CostEstimate {
  const { schema, document, model } = request;
  const fragments = fragmentsOf(document);
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const byField: CostEstimate["byField"] = [];
  let fieldsVisited = 0;

  // graphql-query-complexity calls the estimator once for each field it visits.
  const estimator = ({ type, field, node, args }: ComplexityEstimatorArgs): number => {
    fieldsVisited += 1;
    if (fieldsVisited > MAX_ESTIMATED_FIELDS) throw new TooManyFieldsToEstimateError();
    if (!rootTypes.has(type as never) || field.name.startsWith("__")) return 0;

    const cost = rootFieldCost(field.name, args, jobFieldNeeds(node, fragments), model);
    byField.push({ responseName: node.alias?.value ?? node.name.value, field: field.name, cost });
    return cost;
  };

  const total = getComplexity({
    schema,
    query: document,
    operationName: request.operationName,
    variables: request.variables,
    estimators: [estimator],
    // The estimator bounds the fields visited. The library's own node count
    // would stop at 10,000 nodes with an error that has no code.
    maxQueryNodes: Number.POSITIVE_INFINITY,
  });
  return { total, byField };
}

/**
 * Worst-case calls of the mutations, which run one after another:
 * - stopTrainingJob: StopTrainingJob, DescribeTrainingJob, ListTags;
 * - addTrainingJobTags: DescribeTrainingJob, ListTags, AddTags, ListTags;
 * - removeTrainingJobTags: DescribeTrainingJob, DeleteTags, ListTags.
 */
const MUTATION_COSTS: Record<string, number> = {
  stopTrainingJob: 3,
  addTrainingJobTags: 4,
  removeTrainingJobTags: 3,
};

/**
 * Estimates the calls of one root field, by the model of docs/limits.md. A
 * root field the model does not know counts as one call.
 */
export function rootFieldCost(field: string, args: Record<string, unknown>, needs: FieldNeeds, model: CostModel): number {
  const first = pageSize(args.first);
  const batches = Math.ceil(first / UPSTREAM_PAGE_SIZE);
  const describes = needs.describeOnly ? first : 0;

  switch (field) {
    case "trainingJob":
      // Describe serves every field but tags; tags need Search as well.
      return needs.describeOnly && needs.tags ? 2 : 1;
    case "trainingJobs": {
      const listPages = hasFilter(args.filter) ? model.maxUpstreamPages : batches + (args.after ? 1 : 0);
      // A first page that needs Search records also sends one Search ahead of the list call.
      const searchAhead = !args.after && (needs.record || needs.tags) ? 1 : 0;
      const searches = needs.summaryOnly ? 0 : batches + searchAhead;
      return listPages + searches + describes;
    }
    case "searchTrainingJobs":
      return batches + describes;
    default:
      return Object.hasOwn(MUTATION_COSTS, field) ? MUTATION_COSTS[field] : 1;
  }
}

/**
 * Returns the page size a resolver will use. Values out of range are
 * clamped, because the resolver rejects them with BAD_USER_INPUT, a clearer
 * message for the client than a cost error.
 */
function pageSize(first: unknown): number {
  if (typeof first !== "number" || !Number.isInteger(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, first));
}

/** Returns whether any ListTrainingJobs filter is set, in which case the pager may read up to its page bound. */
function hasFilter(filter: unknown): boolean {
  if (typeof filter !== "object" || filter === null) return false;
  return Object.values(filter).some((value) => value !== undefined && value !== null && value !== "");
}

/** Classifies the `TrainingJob` fields a root field selects: under `edges.node` for connections, directly otherwise. */
function jobFieldNeeds(node: FieldNode, fragments: Record<string, FragmentDefinitionNode>): FieldNeeds {
  // selectedFields reads only these two members of the resolve info.
  const info = { fieldNodes: [node], fragments } as unknown as GraphQLResolveInfo;
  const direct = selectedFields(info);
  const fields = direct.has("edges") ? selectedFields(info, ["edges", "node"]) : direct;
  return classifyFields(fields);
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}
