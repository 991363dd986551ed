/**
 * The local SageMaker's generated fleet: a deterministic set of realistic
 * training jobs, stored as DescribeTrainingJob bodies with their tags.
 */
export { generateFleet } from "./fleet.generate.js";
export type { FleetOptions } from "./fleet.generate.js";
export { FLEET_PROJECTS } from "./projects.js";
export type { FleetProject } from "./projects.js";
export { FLEET_TAG_KEYS } from "./tags.js";
export { FLEET_SECRET_ENVIRONMENT_KEYS } from "./environment.js";
export { FLEET_REGIONS } from "./regions.js";
export { FLEET_WINDOW_MS } from "./timeline.js";
