import type { Logger } from "pino";

import { UpstreamError } from "../errors/gateway-errors.js";
import type { CallScope } from "../sagemaker/call-scope.js";
import type { SageMakerApi } from "../sagemaker/sagemaker-api.js";

export type ReadinessState =
  | { ready: true; basis: "recent_call" | "probe"; lastAnsweredAt: string }
  | { ready: false; reason: "stopping" | "probe_failed"; code?: string };

/**
 * Decides whether the gateway should receive traffic: it is ready while a
 * SageMaker call succeeded within `windowMs`. Without such a call, one cheap
 * probe (ListTrainingJobs with MaxResults=1) runs. Every check that arrives
 * while it is in flight shares it, and it is cancelled after
 * `probeTimeoutMs`. Once stopping, the gateway is never ready again.
 */
export class ReadinessCheck {
  private probing: Promise<ReadinessState> | undefined;
  private stopping = false;

  constructor(
    private readonly deps: {
      api: Pick<SageMakerApi, "lastAnsweredAt" | "listTrainingJobs">;
      logger: Logger;
      windowMs: number;
      probeTimeoutMs: number;
      now?: () => number;
    },
  ) {}

  /** Reports not ready from now on, so that orchestrators stop sending requests while the gateway drains. */
  markStopping(): void {
    this.stopping = true;
  }

  async check(): Promise<ReadinessState> {
    if (this.stopping) return { ready: false, reason: "stopping" };

    const now = (this.deps.now ?? Date.now)();
    const answeredAt = this.deps.api.lastAnsweredAt;
    if (answeredAt !== undefined && now - answeredAt <= this.deps.windowMs) {
      return { ready: true, basis: "recent_call", lastAnsweredAt: new Date(answeredAt).toISOString() };
    }

    this.probing ??= this.probe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async probe(): Promise<ReadinessState> {
    const scope: CallScope = {
      requestId: "readiness-probe",
      logger: this.deps.logger,
      upstreamCalls: {},
      signal: AbortSignal.timeout(this.deps.probeTimeoutMs),
    };

    try {
      await this.deps.api.listTrainingJobs(scope, { MaxResults: 1 });
      return { ready: true, basis: "probe", lastAnsweredAt: new Date((this.deps.now ?? Date.now)()).toISOString() };
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      return { ready: false, reason: "probe_failed", code: error.code };
    }
  }
}
