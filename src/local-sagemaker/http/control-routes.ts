import type { IncomingMessage, ServerResponse } from "node:http";
import type { Behaviour } from "../behaviour/behaviour.js";
import { InvalidBehaviourError } from "../behaviour/behaviour-update.js";
import type { CallStatsSnapshot } from "../behaviour/call-stats.js";
import { InvalidJobRecordError } from "../corpus/stored-job-record.js";
import { LocalServiceError, validationError } from "../service-error.js";
import type { StoredJob } from "../wire.js";
import { readRequestBody } from "./request-body.js";
import { sendJson, sendServiceError } from "./wire-response.js";

/** The server functions the control endpoints expose. */
export type ControlTarget = {
  jobCount(): number;
  callStats(): CallStatsSnapshot;
  resetStats(): void;
  behaviour(): Behaviour;
  /** Validates and applies an update; throws InvalidBehaviourError. */
  setBehaviour(update: unknown): Behaviour;
  /** Validates DescribeTrainingJob records (each may carry Tags) and adds or replaces them; throws InvalidJobRecordError. */
  putJobRecords(records: unknown): string[];
  getJob(name: string): StoredJob | undefined;
};

export const CONTROL_PREFIX = "/_local/";

const JSON_CONTENT_TYPE = "application/json";

const CONTROL_ROUTES =
  "GET /_local/health, GET /_local/stats, POST /_local/stats/reset, GET or PUT /_local/behaviour, POST /_local/jobs, GET /_local/jobs/<name>";

/**
 * Routes of the control API, for tests, the benchmark and people running the
 * server alone. They are plain JSON over HTTP, not AWS JSON 1.1:
 * - GET  /_local/health: `{status, jobs}`
 * - GET  /_local/stats, POST /_local/stats/reset: call counts by outcome and operation
 * - GET  /_local/behaviour, PUT /_local/behaviour: read or change behaviour (members given replace the current ones)
 * - POST /_local/jobs: add or replace jobs; the body is one record or an array of records
 * - GET  /_local/jobs/<name>: one stored job with its tags
 */
export async function handleControlCall(request: IncomingMessage, response: ServerResponse, target: ControlTarget): Promise<void> {
  const path = (request.url ?? "").split("?")[0];
  const route = `${request.method} ${path}`;

  try {
    if (route === "GET /_local/health") return sendJson(response, 200, { status: "ok", jobs: target.jobCount() }, JSON_CONTENT_TYPE);
    if (route === "GET /_local/stats") return sendJson(response, 200, target.callStats(), JSON_CONTENT_TYPE);
    if (route === "POST /_local/stats/reset") {
      target.resetStats();
      return sendJson(response, 200, target.callStats(), JSON_CONTENT_TYPE);
    }
    if (route === "GET /_local/behaviour") return sendJson(response, 200, target.behaviour(), JSON_CONTENT_TYPE);
    if (route === "PUT /_local/behaviour") {
      const behaviour = target.setBehaviour(await readJson(request));
      return sendJson(response, 200, behaviour, JSON_CONTENT_TYPE);
    }
    if (route === "POST /_local/jobs") {
      const names = target.putJobRecords(await readJson(request));
      return sendJson(response, 200, { stored: names }, JSON_CONTENT_TYPE);
    }
    if (request.method === "GET" && path.startsWith("/_local/jobs/")) {
      const name = decodeURIComponent(path.slice("/_local/jobs/".length));
      const stored = target.getJob(name);
      if (stored) return sendJson(response, 200, stored, JSON_CONTENT_TYPE);
      return sendServiceError(response, new LocalServiceError("NotFound", `No training job named '${name}'.`, 404), JSON_CONTENT_TYPE);
    }
  } catch (error) {
    if (error instanceof InvalidBehaviourError || error instanceof InvalidJobRecordError) {
      return sendServiceError(response, validationError(error.message), JSON_CONTENT_TYPE);
    }
    throw error;
  }

  sendServiceError(
    response,
    new LocalServiceError("NotFound", `No control route ${route}. Control routes: ${CONTROL_ROUTES}.`, 404),
    JSON_CONTENT_TYPE,
  );
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readRequestBody(request);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LocalServiceError("SerializationException", `Request body is not valid JSON: ${(error as Error).message}`);
  }
}
