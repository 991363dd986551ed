import { createHash } from "node:crypto";

import { validationError } from "../service-error.js";
import type { SortKey } from "./search.sort.js";

/**
 * Paging tokens. A NextToken is base64url JSON holding a fingerprint of the
 * request and the sort key of the last job returned. The next page starts
 * after that key, so jobs added or removed between calls shift no page
 * boundary, and a token sent with a different expression or sort is rejected.
 */

const TOKEN_VERSION = 1;

/** Request members that define a result list. MaxResults is not one of them, so it may change between pages. */
const FINGERPRINTED_MEMBERS = [
  "Resource",
  "SearchExpression",
  "SortBy",
  "SortOrder",
  "CrossAccountFilterOption",
  "VisibilityConditions",
] as const;

type TokenPayload = { v: number; f: string; after: SortKey };

/**
 * Hashes the members that define the result list, with the SortBy and
 * SortOrder defaults applied, so that omitting a default and stating it
 * give the same fingerprint.
 */
export function fingerprintRequest(request: Record<string, unknown>, sortBy: string, sortOrder: string): string {
  const defining: Record<string, unknown> = {};
  for (const member of FINGERPRINTED_MEMBERS) defining[member] = request[member] ?? null;
  defining.SortBy = sortBy;
  defining.SortOrder = sortOrder;

  return createHash("sha256").update(canonicalJson(defining)).digest("base64url").slice(0, 22);
}

/** Encodes the token that resumes after `after`. */
export function encodeNextToken(fingerprint: string, after: SortKey): string {
  const payload: TokenPayload = { v: TOKEN_VERSION, f: fingerprint, after };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/**
 * Decodes a NextToken and returns the sort key to resume after. Throws a
 * ValidationException when the token is not one this service issued, or
 * when it was issued for a request with another fingerprint.
 */
export function decodeNextToken(token: string, fingerprint: string): SortKey {
  const payload = parsePayload(token);

  if (!payload) {
    throw validationError(
      `Invalid NextToken '${abbreviate(token)}': it is not a token that Search returned. ` +
        "Send the NextToken of the previous response unchanged, or omit it to start from the first page.",
    );
  }

  if (payload.f !== fingerprint) {
    throw validationError(
      `Invalid NextToken '${abbreviate(token)}': it was returned for a request with a different ` +
        "SearchExpression, SortBy, SortOrder, CrossAccountFilterOption or VisibilityConditions. " +
        "Repeat the request that returned it, or omit NextToken to start from the first page.",
    );
  }

  return payload.after;
}

function parsePayload(token: string): TokenPayload | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;

  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }

  return isTokenPayload(payload) ? payload : undefined;
}

function isTokenPayload(value: unknown): value is TokenPayload {
  if (typeof value !== "object" || value === null) return false;

  const { v, f, after } = value as Record<string, unknown>;
  if (v !== TOKEN_VERSION || typeof f !== "string") return false;
  if (typeof after !== "object" || after === null) return false;

  const { value: sortValue, name } = after as Record<string, unknown>;
  const sortValueValid = sortValue === null || ["number", "string", "boolean"].includes(typeof sortValue);
  return sortValueValid && typeof name === "string";
}

function abbreviate(token: string): string {
  return token.length <= 40 ? token : `${token.slice(0, 40)}...`;
}

/**
 * Serializes JSON with object keys sorted at every level, so equal requests
 * hash alike. Null and undefined members are left out, because the wire
 * protocol treats a null member as absent.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;

  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined && record[key] !== null)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(",")}}`;
  }

  return JSON.stringify(value) ?? "null";
}
