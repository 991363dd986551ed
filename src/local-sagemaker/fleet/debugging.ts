import type { FleetContext, JobPlan } from "./fleet.types.js";
import { debuggerRulesImage } from "./images.js";
import type { SeededRandom } from "./random.js";
import type { Timeline } from "./timeline.js";
import { toWireTime } from "./timeline.js";

/** Job facts that the debugger and profiler members depend on. */
export type DebuggingRequest = {
  plan: JobPlan;
  jobName: string;
  outputPrefix: string;
  timeline: Timeline;
};

/** Debugger, profiler and TensorBoard members of one job, and the time of its latest rule update. */
export type DebuggingMembers = {
  members: Record<string, unknown>;
  latestRuleUpdateMs?: number;
};

const BUILT_IN_DEBUG_RULES = ["LossNotDecreasing", "Overfit", "VanishingGradient", "ExplodingTensor", "PoorWeightInitialization"];

const PROFILING_PARAMETERS = {
  DataloaderProfilingConfig: '{"StartStep": 5, "NumSteps": 3, "MetricsRegex": ".*"}',
  DetailedProfilingConfig: '{"StartStep": 5, "NumSteps": 3}',
  PythonProfilingConfig: '{"StartStep": 9, "NumSteps": 3, "ProfilerName": "cprofile", "cProfileTimer": "total_time"}',
  LocalPath: "/opt/ml/output/profiler/",
  RotateMaxFileSizeInBytes: "10485760",
};

/**
 * Builds the debugger and profiler members. Half of the jobs without the
 * profiler feature get the basic system monitoring that older SageMaker
 * Python SDK versions turned on by default: a ProfilerConfig without rules.
 */
export function buildDebugging(request: DebuggingRequest, context: FleetContext, rng: SeededRandom): DebuggingMembers {
  const { plan, outputPrefix } = request;
  const features = plan.features;
  const members: Record<string, unknown> = {};
  const ruleUpdates: number[] = [];
  const addStatuses = (member: string, rules: RuleConfiguration[]): void => {
    const statuses = ruleStatuses(rules, request, context, ruleUpdates, rng);
    if (statuses !== undefined) {
      members[member] = statuses;
    }
  };

  if (features.has("debugHook")) {
    members.DebugHookConfig = {
      LocalPath: "/opt/ml/output/tensors",
      S3OutputPath: `${outputPrefix}debug-output/`,
      HookParameters: { save_interval: String(rng.pick([50, 100, 500])) },
      CollectionConfigurations: [{ CollectionName: "losses", CollectionParameters: { save_interval: "50" } }, { CollectionName: "gradients" }],
    };
  } else if (plan.algorithm === "pytorch" || plan.algorithm === "tensorflow" || plan.algorithm === "huggingface") {
    members.DebugHookConfig = { S3OutputPath: outputPrefix, CollectionConfigurations: [] };
  }

  if (features.has("debugRules") || features.has("customDebugRule")) {
    const rules = features.has("debugRules") ? rng.sample(BUILT_IN_DEBUG_RULES, rng.int(1, 3)).map((name) => builtInRule(name, context)) : [];
    if (features.has("customDebugRule")) {
      rules.push(customRule("GradientNormCheck", outputPrefix, context));
    }
    members.DebugRuleConfigurations = rules;
    addStatuses("DebugRuleEvaluationStatuses", rules);
  }

  if (features.has("tensorBoard")) {
    members.TensorBoardOutputConfig = { LocalPath: "/opt/ml/output/tensorboard", S3OutputPath: `${outputPrefix}tensorboard/` };
  }

  if (features.has("profiler")) {
    const reportName = `ProfilerReport-${Math.floor(request.timeline.creationMs / 1000)}`;
    const rules = [builtInRule(reportName, context, "ProfilerReport")];
    if (rng.chance(0.4)) {
      rules.push({ ...builtInRule("LowGPUUtilization", context), RuleParameters: { rule_to_invoke: "LowGPUUtilization", threshold_p95: "70" } });
    }
    if (features.has("customDebugRule")) {
      rules.push(customRule("DataloaderStallCheck", outputPrefix, context));
    }
    members.ProfilerConfig = { S3OutputPath: outputPrefix, ProfilingIntervalInMilliseconds: rng.pick([100, 500, 1000]), ProfilingParameters: { ...PROFILING_PARAMETERS }, DisableProfiler: false };
    members.ProfilerRuleConfigurations = rules;
    addStatuses("ProfilerRuleEvaluationStatuses", rules);
    members.ProfilingStatus = "Enabled";
  } else if (features.has("profilerDisabled")) {
    members.ProfilerConfig = { DisableProfiler: true };
    members.ProfilingStatus = "Disabled";
  } else if (plan.algorithm !== "llm-fine-tuning" && plan.algorithm !== "llm-evaluation" && rng.chance(0.5)) {
    members.ProfilerConfig = { S3OutputPath: outputPrefix, ProfilingIntervalInMilliseconds: 500, DisableProfiler: false };
    members.ProfilingStatus = "Enabled";
  }

  return { members, latestRuleUpdateMs: ruleUpdates.length > 0 ? Math.max(...ruleUpdates) : undefined };
}

type RuleConfiguration = { RuleConfigurationName: string; RuleEvaluatorImage: string; [member: string]: unknown };
type RuleStatus = Record<string, unknown>;

function builtInRule(name: string, context: FleetContext, ruleToInvoke = name): RuleConfiguration {
  return { RuleConfigurationName: name, RuleEvaluatorImage: debuggerRulesImage(context), VolumeSizeInGB: 0, RuleParameters: { rule_to_invoke: ruleToInvoke } };
}

/** Builds a rule that runs in the account's own image, on an instance type and volume it chooses. */
function customRule(name: string, outputPrefix: string, context: FleetContext): RuleConfiguration {
  const module = name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  return {
    RuleConfigurationName: name,
    LocalPath: "/opt/ml/processing/output/rule",
    S3OutputPath: `${outputPrefix}rule-output/`,
    RuleEvaluatorImage: `${context.accountId}.dkr.ecr.${context.region}.amazonaws.com/debugger-custom-rules:1.2`,
    InstanceType: "ml.m5.xlarge",
    VolumeSizeInGB: 30,
    RuleParameters: { source_s3_uri: `${outputPrefix}rules/${module}.py`, rule_to_invoke: name, threshold: "10.0" },
  };
}

/**
 * Builds the evaluation status of each rule. Rules run as processing jobs
 * once training starts, so a job that never started has none. Statuses
 * follow the job: in progress while it runs, stopping or stopped with it,
 * and a verdict a little after it ends (the profiler report sometimes
 * still runs after the job completed).
 */
function ruleStatuses(rules: RuleConfiguration[], request: DebuggingRequest, context: FleetContext, updates: number[], rng: SeededRandom): RuleStatus[] | undefined {
  const { timeline, plan, jobName } = request;
  if (timeline.trainingStartMs === undefined) {
    return undefined;
  }

  return rules.map((rule) => {
    const verdict = ruleVerdict(rule, plan, rng);
    const updatedMs = timeline.running
      ? Math.max(timeline.creationMs, timeline.lastModifiedMs - rng.int(0, 2000))
      : Math.min(context.nowMs - 1000, (timeline.trainingEndMs ?? timeline.lastModifiedMs) + rng.int(10_000, 300_000));
    updates.push(updatedMs);
    const processingJob = `${jobName.slice(0, 25).replace(/-+$/, "")}-${rule.RuleConfigurationName.toLowerCase()}-${rng.hex(8)}`.slice(0, 63);
    const status: RuleStatus = {
      RuleConfigurationName: rule.RuleConfigurationName,
      RuleEvaluationJobArn: `arn:aws:sagemaker:${context.region}:${context.accountId}:processing-job/${processingJob}`,
      RuleEvaluationStatus: verdict.status,
    };
    if (verdict.details !== undefined) {
      status.StatusDetails = verdict.details;
    }
    status.LastModifiedTime = toWireTime(updatedMs);
    return status;
  });
}

function ruleVerdict(rule: RuleConfiguration, plan: JobPlan, rng: SeededRandom): { status: string; details?: string } {
  switch (plan.status) {
    case "InProgress":
      return { status: "InProgress" };
    case "Stopping":
      return { status: "Stopping" };
    case "Stopped":
      return { status: "Stopped" };
  }
  if (rule.InstanceType !== undefined && (plan.status === "Failed" || rng.chance(0.3))) {
    const module = rule.RuleConfigurationName.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
    return { status: "Error", details: `ClientError: The rule container exited with code 1: ModuleNotFoundError: No module named '${module}'` };
  }
  if (rule.RuleConfigurationName.startsWith("ProfilerReport") && rng.chance(0.15)) {
    return { status: "InProgress" };
  }
  if (rng.chance(0.3)) {
    const step = rng.int(2, 40) * 100;
    return { status: "IssuesFound", details: `RuleEvaluationConditionMet: Evaluation of the rule ${rule.RuleConfigurationName} at step ${step} resulted in the condition being met` };
  }
  return { status: "NoIssuesFound" };
}
