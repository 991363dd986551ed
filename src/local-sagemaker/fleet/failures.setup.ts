import { ALGORITHMS } from "./algorithms.js";
import type { FailureFacts, FailureTemplate } from "./failures.common.js";

const capacity: FailureTemplate = (facts) =>
  `CapacityError: Insufficient capacity for instance type ${facts.instanceType} in the Availability Zones of the requested subnets. Retry later, request another instance type, or reserve capacity with a training plan.`;

const imagePull: FailureTemplate = (facts) =>
  `ClientError: Cannot pull the training image ${facts.image}. The image does not exist, or the execution role ${facts.roleArn} is not allowed to call ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on its repository.`;

const internalError: FailureTemplate = () => "InternalServerError: We encountered an internal error. Please try again.";

const serverlessCapacity: FailureTemplate = (facts) =>
  `CapacityError: Insufficient capacity to run a serverless job on base model ${facts.model}. Retry later or choose another base model.`;

const missingObject: FailureTemplate = (facts) =>
  `ClientError: Data download failed: NoSuchKey (404): no object exists under ${facts.input.location}. Check the S3Uri of the channel and that the objects were written before the job started.`;

const deniedObject: FailureTemplate = (facts) =>
  `ClientError: Data download failed: AccessDenied (403) on ${facts.input.location}. The execution role ${facts.roleArn} needs s3:GetObject and s3:ListBucket on the bucket, and kms:Decrypt when the objects are encrypted with a customer managed key.`;

/** FSx for Lustre serves clients on TCP 988 and EFS on TCP 2049 (NFS), so a security group without that rule stops the mount. */
const unmountable: FailureTemplate = (facts) => {
  const [name, port] = facts.input.kind === "fsx" ? ["FSx for Lustre", 988] : ["EFS", 2049];
  return `ClientError: Unable to mount ${name} file system ${facts.input.fileSystemId ?? ""} at ${facts.input.location}: the connection timed out. Allow inbound TCP ${port} from the job's security groups and check that the subnets reach the file system.`;
};

const unreadableDataset: FailureTemplate = (facts) =>
  `ClientError: Cannot read dataset ${facts.input.location}. The dataset version does not exist, or the execution role ${facts.roleArn} is not allowed to call sagemaker:DescribeHubContent on it.`;

/**
 * Lists the failures of a job that stopped before its instances were ready:
 * no capacity or an internal error, and for an own image a pull that the
 * registry refused. Serverless jobs choose no instance type, so their
 * capacity message names the base model.
 */
export function startingFailures(facts: FailureFacts): FailureTemplate[] {
  if (facts.instanceType === "") {
    return [serverlessCapacity, internalError];
  }
  const ownImage = ALGORITHMS[facts.algorithm].family === "custom" && facts.image !== "";
  return ownImage ? [capacity, imagePull, internalError] : [capacity, capacity, internalError];
}

/** Lists the failures of a job that could not read its input, by where the first channel reads from. */
export function downloadingFailures(facts: FailureFacts): FailureTemplate[] {
  switch (facts.input.kind) {
    case "fsx":
    case "efs":
      return [unmountable];
    case "dataset":
      return [unreadableDataset];
    default:
      return [missingObject, deniedObject];
  }
}
