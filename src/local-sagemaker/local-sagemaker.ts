import { pino } from "pino";
import { applyBehaviourUpdate, DEFAULT_BEHAVIOUR, type Behaviour } from "./behaviour/behaviour.js";
import { parseBehaviourUpdate } from "./behaviour/behaviour-update.js";
import { CallStats } from "./behaviour/call-stats.js";
import { Delays } from "./behaviour/delays.js";
import { FaultInjector } from "./behaviour/fault-injector.js";
import { OperationThrottle } from "./behaviour/token-bucket.js";
import { systemClock } from "./clock.js";
import { parseJobRecords } from "./corpus/stored-job-record.js";
import { startHttpServer } from "./http/http-server.js";
import { routeRequest, type RouterDependencies } from "./http/request-router.js";
import { collectInitialJobs } from "./initial-jobs.js";
import type { OperationContext } from "./operations/operation-context.js";
import { DEFAULT_SERVER_SETTINGS, type LocalSageMakerOptions, type ServerSettings } from "./options.js";
import { PageTokenCodec } from "./pagination/page-token-codec.js";
import { JobProgression } from "./progression/job-progression.js";
import { StopSequence } from "./progression/stop-sequence.js";
import { runSearch } from "./search/index.js";
import { JobStore } from "./store/job-store.js";
import type { LocalSageMaker } from "./local-sagemaker.types.js";
import type { StoredJob } from "./wire.js";

/**
 * Starts the local SageMaker: an HTTP server on loopback that speaks
 * SageMaker's AWS JSON 1.1 protocol for training jobs, with generated jobs,
 * optional recorded ones, and settable latency, throttling, faults, Search
 * lag and job progression. Options left out take the defaults of
 * DEFAULT_SERVER_SETTINGS and DEFAULT_BEHAVIOUR.
 */
export async function startLocalSageMaker(options: Partial<LocalSageMakerOptions> = {}): Promise<LocalSageMaker> {
  const settings = pickServerSettings(options);
  const logger = settings.logger ?? pino({ name: "local-sagemaker", level: "warn" });
  const clock = systemClock;
  const arnScope = { region: settings.region, accountId: settings.accountId };
  let behaviour = applyBehaviourUpdate(DEFAULT_BEHAVIOUR, parseBehaviourUpdate(pickBehaviourUpdate(options)));

  const store = new JobStore(clock, () => ({ jobs: behaviour.searchLagJobs, milliseconds: behaviour.searchLagMs }));
  for (const stored of await collectInitialJobs(settings)) store.put(stored, { alreadyIndexed: true });

  const stops = new StopSequence(store, clock, () => behaviour.stopDelayMs);
  const context: OperationContext = { store, tokens: new PageTokenCodec(), clock, arnScope, search: runSearch, stops };
  const throttle = new OperationThrottle(clock);
  throttle.configure(behaviour.throttle);
  const faults = new FaultInjector(settings.seed);
  const stats = new CallStats();
  const delays = new Delays();
  const progression = new JobProgression({
    store,
    clock,
    arnScope,
    behaviour: () => behaviour,
    seed: settings.seed,
    onStepError: (error) => logger.error({ err: error }, "progression step failed; the next step runs as scheduled"),
  });

  const setBehaviour = (update: unknown): Behaviour => {
    const parsed = parseBehaviourUpdate(update);
    behaviour = applyBehaviourUpdate(behaviour, parsed);
    if (parsed.throttle !== undefined) throttle.configure(behaviour.throttle);
    if (parsed.faults !== undefined) faults.reseed(settings.seed);
    progression.configure();
    return behaviour;
  };
  const putJob = (stored: StoredJob): void => store.put(structuredClone(stored));

  const routerDependencies: RouterDependencies = {
    awsJson: { context, behaviour: () => behaviour, throttle, faults, stats, delays },
    control: {
      jobCount: () => store.size,
      callStats: () => stats.snapshot(),
      resetStats: () => stats.reset(),
      behaviour: () => structuredClone(behaviour),
      setBehaviour,
      putJobRecords: (records) => {
        const parsed = parseJobRecords(records, arnScope, "POST /_local/jobs");
        for (const stored of parsed) putJob(stored);
        return parsed.map((stored) => stored.job.TrainingJobName);
      },
      getJob: (name) => store.get(name),
    },
    onInternalError: (error, requestInfo) => logger.error({ err: error, ...requestInfo }, "request failed inside the local SageMaker"),
  };
  const http = await startHttpServer((request, response) => routeRequest(request, response, routerDependencies), settings.host, settings.port);
  progression.configure();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${settings.host.includes(":") ? `[${settings.host}]` : settings.host}:${http.port}`,
    port: http.port,
    stats: () => stats.snapshot().served,
    callStats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    behaviour: () => structuredClone(behaviour),
    setBehaviour: (update) => structuredClone(setBehaviour(update)),
    putJob,
    getJob: (name) => {
      const stored = store.get(name);
      return stored === undefined ? undefined : structuredClone(stored);
    },
    jobNames: () => store.all().map((stored) => stored.job.TrainingJobName),
    advanceProgression: () => progression.step(),
    close: () => {
      closing ??= (async () => {
        progression.stop();
        stops.cancelAll();
        delays.cancelAll();
        await http.close();
      })();
      return closing;
    },
  };
}

function pickServerSettings(options: Partial<LocalSageMakerOptions>): ServerSettings {
  const settings: ServerSettings = { ...DEFAULT_SERVER_SETTINGS };
  for (const member of Object.keys(DEFAULT_SERVER_SETTINGS).concat("now", "jobsDir", "logger") as (keyof ServerSettings)[]) {
    if (options[member] !== undefined) (settings as Record<string, unknown>)[member] = options[member];
  }
  return settings;
}

function pickBehaviourUpdate(options: Partial<LocalSageMakerOptions>): Record<string, unknown> {
  const update: Record<string, unknown> = {};
  for (const member of Object.keys(DEFAULT_BEHAVIOUR)) {
    const value = (options as Record<string, unknown>)[member];
    if (value !== undefined) update[member] = value;
  }
  return update;
}
