import type { Logger } from "pino";

import type { SecretValuePolicy } from "../auth/secret-values.js";
import type { CallScope } from "../sagemaker/call-scope.js";
import type { TrainingJobGateway } from "../sagemaker/training-job-gateway.js";

/** The sender of a request, as the authentication step established it. */
export type Caller = {
  /** Stable id for logs: the API key's name or the token's subject. */
  id: string;
  roles: ReadonlySet<string>;
  anonymous: boolean;
};

/**
 * Everything a resolver may use while serving one GraphQL request. It is built
 * anew for each request (and each subscription event), so the loaders inside
 * `trainingJobs` never serve one caller's data to another.
 */
export type GatewayContext = {
  requestId: string;
  logger: Logger;
  caller: Caller;
  /** SageMaker calls made for this request, by operation. */
  scope: CallScope;
  trainingJobs: TrainingJobGateway;
  /** Policy deciding which environment and hyperparameter values this caller reads in clear. */
  secretValues: SecretValuePolicy;
};
