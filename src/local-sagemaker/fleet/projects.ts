/** A product project that owns training jobs; tags, buckets and prefixes follow it. */
export type FleetProject = {
  name: string;
  team: string;
  costCenter: string;
  /** Dataset folders under the project's prefix in the datasets bucket. */
  datasets: readonly string[];
  /** Models the project trains with script-mode frameworks and its own images; each one is a key of MODELS. */
  models: readonly string[];
  owners: readonly string[];
};

/**
 * The projects of the generated fleet. The set is small on purpose, so that a
 * tag or S3 prefix filter on one of them matches a meaningful group of jobs.
 */
export const FLEET_PROJECTS: readonly FleetProject[] = [
  {
    name: "churn-prediction",
    team: "growth-analytics",
    costCenter: "cc-4120",
    datasets: ["subscriber-activity", "billing-events"],
    models: ["tabular-mlp", "gbm-baseline", "random-forest"],
    owners: ["maria.gomez", "tom.becker"],
  },
  {
    name: "fraud-detection",
    team: "risk-ml",
    costCenter: "cc-3301",
    datasets: ["card-transactions", "merchant-graph"],
    models: ["graphsage", "tabular-mlp", "lightgbm"],
    owners: ["li.wei", "olivia.hart", "sam.okafor"],
  },
  {
    name: "search-ranking",
    team: "search-relevance",
    costCenter: "cc-2207",
    datasets: ["click-logs", "query-doc-pairs"],
    models: ["two-tower", "lambdamart", "wide-deep"],
    owners: ["dev.patel", "nina.larsen"],
  },
  {
    name: "demand-forecast",
    team: "supply-chain-ds",
    costCenter: "cc-5150",
    datasets: ["store-sales", "weather-joined"],
    models: ["tft", "lstm-forecast", "prophet", "hist-gbm"],
    owners: ["jonas.weber", "ana.silva"],
  },
  {
    name: "support-assistant",
    team: "genai-platform",
    costCenter: "cc-6010",
    datasets: ["support-chats", "kb-articles"],
    models: ["llama-3-8b-lora", "mistral-7b-lora", "distilbert-intent"],
    owners: ["kenji.mori", "rachel.adams"],
  },
  {
    name: "visual-inspection",
    team: "vision",
    costCenter: "cc-7044",
    datasets: ["weld-images", "pcb-images"],
    models: ["resnet50", "efficientnet-b0", "yolo-defects"],
    owners: ["chloe.martin", "arjun.rao"],
  },
  {
    name: "review-insights",
    team: "nlp",
    costCenter: "cc-2290",
    datasets: ["product-reviews"],
    models: ["roberta-base", "distilbert-sentiment"],
    owners: ["emma.fischer", "yuki.sato"],
  },
  {
    name: "customer-segments",
    team: "growth-analytics",
    costCenter: "cc-4120",
    datasets: ["customer-features"],
    models: ["random-forest"],
    owners: ["maria.gomez", "paul.nguyen"],
  },
];

/** Returns the project called `name`; throws a RangeError for a name outside FLEET_PROJECTS. */
export function projectNamed(name: string): FleetProject {
  const project = FLEET_PROJECTS.find((candidate) => candidate.name === name);
  if (project === undefined) {
    throw new RangeError(`Unknown fleet project "${name}": use one of the FLEET_PROJECTS names.`);
  }
  return project;
}
