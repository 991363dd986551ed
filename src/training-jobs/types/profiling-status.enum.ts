import { registerUpstreamEnum } from "./upstream-enum.js";

/** Whether SageMaker Debugger profiling runs for the job. Values are the SageMaker strings. */
export enum ProfilingStatus {
  ENABLED = "Enabled",
  DISABLED = "Disabled",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(ProfilingStatus, {
  name: "ProfilingStatus",
  description: "Whether SageMaker Debugger profiling runs for the job.",
  values: {
    ENABLED: "Profiling is on.",
    DISABLED: "Profiling is off.",
  },
});
