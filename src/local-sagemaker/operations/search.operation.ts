import type { OperationHandler } from "./operation-context.js";

/**
 * Search over training jobs: the search module validates the request (a
 * Resource other than TrainingJob is rejected there) and evaluates it over
 * the jobs that Search's lagging index can see (see JobStore.searchView).
 */
export const search: OperationHandler = (body, context) => context.search(context.store.searchView(), body);
