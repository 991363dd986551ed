import type { IncomingHttpHeaders } from "node:http";

import { AuthenticationError } from "./auth-errors.js";

/** Credentials as a request presents them; `identify` rejects a request that sets both. */
export type PresentedCredentials = { apiKey?: string; authorization?: string };

/**
 * Reads the credentials of a request. HTTP requests send them in the
 * `x-api-key` or `authorization` header. WebSocket connections send them in
 * the `connection_init` payload under the same names, because browsers cannot
 * set headers on a WebSocket. Payload names are matched case-insensitively,
 * as header names are. When the payload has neither, the upgrade request's
 * headers are read.
 */
export function readPresentedCredentials(headers: IncomingHttpHeaders, connectionParams?: Record<string, unknown>): PresentedCredentials {
  if (connectionParams) {
    const fromParams = { apiKey: param(connectionParams, "x-api-key"), authorization: param(connectionParams, "authorization") };
    if (fromParams.apiKey !== undefined || fromParams.authorization !== undefined) return fromParams;
  }
  return { apiKey: header(headers, "x-api-key"), authorization: header(headers, "authorization") };
}

function param(params: Record<string, unknown>, name: string): string | undefined {
  const entry = Object.entries(params).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new AuthenticationError(`the connection parameter "${name}" must be a string.`);
  return value;
}

function header(headers: IncomingHttpHeaders, name: "x-api-key" | "authorization"): string | undefined {
  const value = headers[name];
  if (!Array.isArray(value)) return value;
  if (value.length > 1) throw new AuthenticationError(`send one ${name} header, not ${value.length}.`);
  return value[0];
}
