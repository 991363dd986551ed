import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { validationError } from "../service-error.js";

type TokenPayload = { operation: string; shape: string; position: unknown };

/**
 * Issues and reads NextToken values. A token is the base64url JSON of the
 * operation, a digest of the request's other members and the position to
 * resume from, followed by an HMAC under a key made at server start. So a
 * token that this server did not issue, that was altered, or that comes back
 * with different filters or sort order is rejected instead of silently
 * giving a wrong page. Tokens do not expire, but they die with the server.
 */
export class PageTokenCodec {
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  /** Returns a token that resumes `operation`, for requests of this `shape`, at `position`. */
  issue(operation: string, shape: unknown, position: unknown): string {
    const payload: TokenPayload = { operation, shape: digest(shape), position };
    const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return `${encoded}.${this.sign(encoded)}`;
  }

  /**
   * Returns the position in `token`. Throws a ValidationException naming the
   * token when it was not issued here for this operation and request shape.
   */
  read(operation: string, shape: unknown, token: string): unknown {
    const [encoded, signature, extra] = token.split(".");
    if (encoded === undefined || signature === undefined || extra !== undefined || !this.verify(encoded, signature)) {
      throw invalidToken(token, "it was not issued by this server");
    }

    const payload = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as TokenPayload;
    if (payload.operation !== operation) {
      throw invalidToken(token, `it was issued for ${payload.operation}, not ${operation}`);
    }
    if (payload.shape !== digest(shape)) {
      throw invalidToken(token, "it was issued for a request with other members, such as other filters, sort order or resource");
    }
    return payload.position;
  }

  private sign(encoded: string): string {
    return createHmac("sha256", this.key).update(encoded).digest("base64url");
  }

  private verify(encoded: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(encoded));
    const actual = Buffer.from(signature);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}

/** Returns a stable digest of a JSON value. Object keys are sorted, so member order does not matter. */
function digest(shape: unknown): string {
  return createHash("sha256").update(canonicalJson(shape)).digest("base64url").slice(0, 22);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => a.localeCompare(b, "en"));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function invalidToken(token: string, reason: string): Error {
  const excerpt = token.length > 60 ? `${token.slice(0, 57)}...` : token;
  return validationError(
    `Invalid NextToken '${excerpt}': ${reason}. Pass the NextToken of the previous page unchanged, with the same request members, or start again without NextToken.`,
  );
}
