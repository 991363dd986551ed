import { describeTrainingJob } from "./describe-training-job.operation.js";
import { listTrainingJobs } from "./list-training-jobs.operation.js";
import type { OperationHandler } from "./operation-context.js";
import type { OperationName } from "./operation-names.js";
import { search } from "./search.operation.js";
import { stopTrainingJob } from "./stop-training-job.operation.js";
import { addTags, deleteTags, listTags } from "./tags.operation.js";

/** The handler of each served operation. */
export const OPERATION_HANDLERS: Record<OperationName, OperationHandler> = {
  ListTrainingJobs: listTrainingJobs,
  DescribeTrainingJob: describeTrainingJob,
  Search: search,
  ListTags: listTags,
  AddTags: addTags,
  DeleteTags: deleteTags,
  StopTrainingJob: stopTrainingJob,
};
