/** Mutations that stop training jobs and change their tags, for operators. */
export { JobNotFoundError, JobNotRunningError } from "./job-control.errors.js";
export { JobControlResolver } from "./job-control.resolver.js";
export { TagInput } from "./tag.input.js";
