import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

import { BadUserInputError } from "../errors/gateway-errors.js";

/**
 * A position in a ListTrainingJobs listing. It names the upstream page that
 * contains the next job (its NextToken, or none for the first page) and the
 * MaxResults that page was read with, because SageMaker applies MaxResults
 * before filters and the same window must be read again. It also counts the
 * matching jobs of that page the client has already received.
 */
export type ListPosition = {
  token: string | undefined;
  maxResults: number;
  skip: number;
};

type CursorBody = { v: 1; t?: string; m: number; s: number; q: string };

/**
 * Encodes list positions as opaque cursors and rejects cursors the gateway did
 * not issue. A cursor is base64url JSON plus an HMAC, so a forged or damaged
 * cursor fails with `BAD_USER_INPUT` instead of reaching SageMaker, and a
 * cursor issued for another filter or sort is recognised by its query hash.
 */
export class ListCursorCodec {
  private readonly key: Buffer;

  /** Replicas behind one load balancer must share `secret`; without one, cursors last as long as the process. */
  constructor(secret?: string) {
    this.key = secret ? Buffer.from(secret, "utf8") : randomBytes(32);
  }

  /** A short, stable hash of the filter and sort that produced a listing. */
  static queryHash(query: unknown): string {
    return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
  }

  encode(position: ListPosition, queryHash: string): string {
    const body: CursorBody = { v: 1, m: position.maxResults, s: position.skip, q: queryHash };
    if (position.token !== undefined) body.t = position.token;

    const payload = Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
    return `${payload}.${this.sign(payload)}`;
  }

  /** Reads a cursor; throws `BadUserInputError` that quotes it when it is invalid. */
  decode(cursor: string, queryHash: string): ListPosition {
    const [payload, signature, extra] = cursor.split(".");
    if (!payload || !signature || extra !== undefined || !this.verify(payload, signature)) {
      throw invalidCursor(cursor, "it was not issued by this gateway");
    }

    const body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as CursorBody;
    if (body.q !== queryHash) {
      throw invalidCursor(cursor, "it was issued for a different list (another field, filter or sort); start again without `after`");
    }
    return { token: body.t, maxResults: body.m, skip: body.s };
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.key).update(payload).digest("base64url").slice(0, 22);
  }

  private verify(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const received = Buffer.from(signature);
    return expected.length === received.length && timingSafeEqual(expected, received);
  }
}

function invalidCursor(cursor: string, reason: string): BadUserInputError {
  const shown = cursor.length > 80 ? `${cursor.slice(0, 80)}...` : cursor;
  return new BadUserInputError(`Invalid cursor "${shown}": ${reason}.`, { argumentName: "after" });
}
