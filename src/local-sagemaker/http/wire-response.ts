import type { ServerResponse } from "node:http";
import type { LocalServiceError } from "../service-error.js";

export const AMZ_JSON_CONTENT_TYPE = "application/x-amz-json-1.1";

/*
 * Every response carries `x-amzn-RequestId`, set by the server before
 * routing. Writers skip responses that can no longer be written, as when the
 * server closes while a delayed response waits.
 */

export function sendJson(response: ServerResponse, status: number, body: unknown, contentType = AMZ_JSON_CONTENT_TYPE): void {
  if (isGone(response)) return;

  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/**
 * Sends an error in AWS JSON 1.1 form. The SDK reads the error name from
 * `x-amzn-ErrorType` or `__type` and the text from `message`.
 */
export function sendServiceError(response: ServerResponse, error: LocalServiceError, contentType = AMZ_JSON_CONTENT_TYPE): void {
  if (isGone(response)) return;

  response.setHeader("x-amzn-ErrorType", error.type);
  sendJson(response, error.statusCode, { __type: error.type, message: error.message }, contentType);
}

/** Sends 200 with the first half of the body, which is never valid JSON because the closing brace is missing. */
export function sendMalformedJson(response: ServerResponse, body: unknown): void {
  if (isGone(response)) return;

  const text = JSON.stringify(body);
  const truncated = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  response.writeHead(200, { "content-type": AMZ_JSON_CONTENT_TYPE, "content-length": Buffer.byteLength(truncated) });
  response.end(truncated);
}

/** Announces the whole body, writes half of it, then destroys the socket, as a dropped connection does. */
export function sendThenReset(response: ServerResponse, body: unknown): void {
  if (isGone(response)) return;

  const text = JSON.stringify(body);
  const half = text.slice(0, Math.floor(text.length / 2));
  response.writeHead(200, { "content-type": AMZ_JSON_CONTENT_TYPE, "content-length": Buffer.byteLength(text) });
  response.write(half, () => response.socket?.destroy());
}

/** True when nothing more can be written: the socket is gone or a response was already started. */
function isGone(response: ServerResponse): boolean {
  return response.destroyed || response.writableEnded || response.headersSent;
}
