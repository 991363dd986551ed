import { GraphQLError } from "graphql";
import type { Logger } from "pino";

import { JobNotFoundError } from "../mutations/job-control.errors.js";
import type { CallScope } from "../sagemaker/call-scope.js";
import type { JobChange, SageMakerAccess } from "../sagemaker/training-job-gateway.js";
import { EventQueue } from "./event-queue.js";
import { JobChangeKind } from "./job-change.enum.js";
import { JobPoller } from "./job-poller.js";
import { finalMetricsKey, type JobState, type Observation } from "./job-state.js";
import { initialEvent, JobStates } from "./job-states.js";
import { summaryOf, type JobUpdateEvent } from "./job-update-event.js";
import { pollDelayMs } from "./poll-schedule.js";
import type { SubscriptionSettings } from "./subscriptions.config.js";
import { matchesSpec, type WatchSpec } from "./watch-spec.js";

/** Events one subscriber may have waiting before it is dropped as stalled. */
const MAX_QUEUED_EVENTS = 1_000;

type Subscriber = { spec: WatchSpec; queue: EventQueue<JobUpdateEvent> };

export type WatcherStats = {
  /** Polls run since the watcher was created. */
  polls: number;
  subscribers: number;
  /** Whether a poll is scheduled or running. */
  polling: boolean;
};

/**
 * The one source of `trainingJobUpdated` events in a process. One poller
 * (see JobPoller) serves every subscriber, whatever their number. It starts
 * with the first subscriber and stops when the last one leaves. Each poll
 * spends at most the configured call budget (see pollDelayMs).
 *
 * The watcher stores the last state it observed of each job and sends an
 * event only when a later look differs, so events are deduplicated. Because a look
 * requested before the known state is ignored, events of one job arrive in
 * order. Changes made through the gateway's mutations arrive through
 * `recordChange` and are deduplicated against the polls the same way.
 */
export class JobWatcher {
  private readonly subscribers = new Set<Subscriber>();
  private readonly states = new JobStates();
  private readonly poller: JobPoller;
  private readonly initialLoads = new Map<string, Promise<JobState | undefined>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Bumped when polling stops, so that a poll still running discards what it saw. */
  private generation = 0;
  private failures = 0;
  private polls = 0;
  private closed = false;

  constructor(
    private readonly access: SageMakerAccess,
    private readonly settings: SubscriptionSettings,
    private readonly logger: Logger,
  ) {
    this.poller = new JobPoller(access, settings);
  }

  /**
   * Registers a subscriber and returns its events. For each job watched by
   * name, the first event is its current state, with `changes: [INITIAL]`.
   * A name SageMaker does not know fails the subscription with NOT_FOUND.
   */
  async subscribe(spec: WatchSpec): Promise<AsyncIterableIterator<JobUpdateEvent>> {
    this.assertOpen();
    const names = [...(spec.names ?? [])];
    const initialStates = await Promise.all(names.map((name) => this.loadInitialState(name)));
    this.assertOpen();

    const unknown = names.find((_, index) => initialStates[index] === undefined);
    if (unknown !== undefined) throw new JobNotFoundError(unknown);

    const subscriber: Subscriber = {
      spec,
      queue: new EventQueue<JobUpdateEvent>(
        MAX_QUEUED_EVENTS,
        () => this.remove(subscriber),
        () => this.logger.warn({ event: "subscriber_dropped", maxQueuedEvents: MAX_QUEUED_EVENTS }, "A subscriber fell behind and its subscription was ended"),
      ),
    };
    for (const loaded of initialStates as JobState[]) {
      // Polling may have stopped and cleared the states while the loads ran.
      subscriber.queue.push(initialEvent(this.states.restore(loaded)));
    }

    this.subscribers.add(subscriber);
    if (!this.timer && !this.running) this.schedule(0);
    return subscriber.queue;
  }

  /** Applies a change made through the gateway. A tag change is always an event, because no poll can detect it. */
  recordChange(change: JobChange): void {
    if (this.subscribers.size === 0) return;

    const observation: Observation = {
      summary: summaryOf(change.record),
      finalMetrics: finalMetricsKey(change.record),
      fresh: { record: change.record, tags: change.tags },
      requestedAt: change.requestedAt,
    };
    this.observe(observation, { isNew: false, extraChange: change.kind === "tags" ? JobChangeKind.TAGS : undefined });
  }

  stats(): WatcherStats {
    return { polls: this.polls, subscribers: this.subscribers.size, polling: this.timer !== undefined || this.running !== undefined };
  }

  /** Ends every subscription, stops polling and waits for a poll still running. */
  async close(): Promise<void> {
    this.closed = true;
    for (const subscriber of [...this.subscribers]) subscriber.queue.end();
    this.stopPolling();
    await this.running;
  }

  private assertOpen(): void {
    if (this.closed) throw new GraphQLError("The gateway is shutting down; subscribe again later.", { extensions: { code: "SERVICE_UNAVAILABLE" } });
  }

  /**
   * Returns the state of a job watched by name, or `undefined` when SageMaker
   * does not know the job. The state is read with DescribeTrainingJob unless
   * a Describe already gave it, because a summary lacks the final metrics
   * that later changes are compared with. Concurrent loads of one name share
   * one call.
   */
  private loadInitialState(name: string): Promise<JobState | undefined> {
    const known = this.states.get(name);
    if (known?.finalMetrics !== undefined) return Promise.resolve(known);

    let load = this.initialLoads.get(name);
    if (!load) {
      const requestedAt = Date.now();
      load = this.access.api
        .describeTrainingJob(this.scope(`subscribe-${name}`), name)
        .then((record) => {
          if (!record) return undefined;
          const observation: Observation = { summary: summaryOf(record), finalMetrics: finalMetricsKey(record), fresh: { record }, requestedAt };
          this.observe(observation, { isNew: false });
          return this.states.get(name) ?? observation;
        })
        .finally(() => this.initialLoads.delete(name));
      this.initialLoads.set(name, load);
    }
    return load;
  }

  /** Records a look at a job and sends the change event, if any, to the subscribers it matches. */
  private observe(observation: Observation, options: { isNew: boolean; extraChange?: JobChangeKind }): void {
    const { event, current } = this.states.record(observation, options);
    if (!event) return;

    // The requests that resolve the event's `job` must not read values cached before the change.
    if (current && observation.fresh) this.access.cache.set(`describe:${event.name}`, observation.fresh.record, observation.summary.TrainingJobStatus);
    else if (current) this.access.cache.evictJob(event.name);

    for (const subscriber of this.subscribers) {
      if (matchesSpec(subscriber.spec, event)) subscriber.queue.push(event);
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.poll().finally(() => {
        this.running = undefined;
      });
    }, delayMs);
  }

  /** Runs one poll, applies what it saw, and schedules the next one while anyone listens. */
  private async poll(): Promise<void> {
    const generation = this.generation;
    const started = Date.now();
    const scope = this.scope(`poll-${this.polls + 1}`);

    try {
      const result = await this.poller.poll(scope, this.states.byName, this.watchedNames(), started);
      if (generation !== this.generation) return;

      for (const observation of result.observations) {
        this.observe(observation, { isNew: result.newJobs.has(observation.summary.TrainingJobName!) });
      }
      this.forgetUnwatched(new Set(result.observations.map((observation) => observation.summary.TrainingJobName!)));
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      this.logger.warn({ event: "subscription_poll_failed", err: error, code, failures: this.failures }, "Polling SageMaker for subscriptions failed; retrying later");
    } finally {
      this.polls += 1;
      const calls = Object.values(scope.upstreamCalls).reduce((sum, count) => sum + count, 0);
      const delay = pollDelayMs(calls, this.failures, this.settings);
      this.logger.debug({ event: "subscription_poll", calls, subscribers: this.subscribers.size, nextPollInMs: delay }, "Polled SageMaker for subscriptions");
      if (!this.closed && this.subscribers.size > 0 && this.timer === undefined) this.schedule(Math.max(0, started + delay - Date.now()));
    }
  }

  /** Jobs watched by name, each with whether any of its subscribers wants final metrics. */
  private watchedNames(): Map<string, boolean> {
    const watched = new Map<string, boolean>();
    for (const { spec } of this.subscribers) {
      const wantsMetrics = !spec.changes || spec.changes.has(JobChangeKind.FINAL_METRICS);
      for (const name of spec.names ?? []) watched.set(name, (watched.get(name) ?? false) || wantsMetrics);
    }
    return watched;
  }

  /** Keeps states only for jobs the last poll saw or someone watches by name. */
  private forgetUnwatched(seen: ReadonlySet<string>): void {
    const watched = this.watchedNames();
    this.states.forget((name) => seen.has(name) || watched.has(name));
  }

  private remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.stopPolling();
  }

  private stopPolling(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.generation += 1;
    this.states.clear();
    this.poller.reset();
    this.failures = 0;
  }

  private scope(requestId: string): CallScope {
    return { requestId, logger: this.logger.child({ requestId }), upstreamCalls: {} };
  }
}
