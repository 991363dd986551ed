import { registerUpstreamEnum } from "./upstream-enum.js";

/** Outcome of a SageMaker Debugger rule evaluation. Values are the SageMaker strings. */
export enum RuleEvaluationStatus {
  IN_PROGRESS = "InProgress",
  NO_ISSUES_FOUND = "NoIssuesFound",
  ISSUES_FOUND = "IssuesFound",
  ERROR = "Error",
  STOPPING = "Stopping",
  STOPPED = "Stopped",
  UNKNOWN = "UNKNOWN",
}

registerUpstreamEnum(RuleEvaluationStatus, {
  name: "RuleEvaluationStatus",
  description: "Outcome of a SageMaker Debugger rule evaluation.",
  values: {
    IN_PROGRESS: "The rule is still being evaluated.",
    NO_ISSUES_FOUND: "The rule found no issue.",
    ISSUES_FOUND: "The rule found at least one issue.",
    ERROR: "The rule evaluation failed.",
    STOPPING: "The rule evaluation is stopping.",
    STOPPED: "The rule evaluation was stopped.",
  },
});
