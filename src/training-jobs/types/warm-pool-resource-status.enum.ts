import { registerUpstreamEnum } from "./upstream-enum.js";

/** State of the warm pool kept after a training job. Values are the SageMaker strings. */
export enum WarmPoolResourceStatus {
  IN_USE = "InUse",
  AVAILABLE = "Available",
  REUSED = "Reused",
  TERMINATED = "Terminated",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(WarmPoolResourceStatus, {
  name: "WarmPoolResourceStatus",
  description: "State of the warm pool kept after a training job.",
  values: {
    IN_USE: "The job itself uses the warm pool.",
    AVAILABLE: "The pool is idle and a matching job can reuse it.",
    REUSED: "A matching job took over the pool.",
    TERMINATED: "The pool no longer exists.",
  },
});
