import { describe, expect, test } from "vitest";

import { BadUserInputError } from "../../src/errors/gateway-errors.js";
import { ListCursorCodec } from "../../src/sagemaker/list-cursor.js";

const queryHash = ListCursorCodec.queryHash({ SortBy: "CreationTime", SortOrder: "Descending" });

describe("ListCursorCodec", () => {
  test("round-trips a position", () => {
    const codec = new ListCursorCodec("secret");
    const cursor = codec.encode({ token: "upstream-token", maxResults: 100, skip: 7 }, queryHash);

    expect(codec.decode(cursor, queryHash)).toEqual({ token: "upstream-token", maxResults: 100, skip: 7 });
  });

  test("round-trips the first page without a token", () => {
    const codec = new ListCursorCodec("secret");
    const cursor = codec.encode({ token: undefined, maxResults: 20, skip: 3 }, queryHash);

    expect(codec.decode(cursor, queryHash).token).toBeUndefined();
  });

  test("rejects a cursor signed by another key", () => {
    const cursor = new ListCursorCodec("one").encode({ token: "t", maxResults: 10, skip: 0 }, queryHash);

    expect(() => new ListCursorCodec("two").decode(cursor, queryHash)).toThrow(/not issued by this gateway/);
  });

  test("rejects an edited payload", () => {
    const codec = new ListCursorCodec("secret");
    const [, signature] = codec.encode({ token: "t", maxResults: 10, skip: 0 }, queryHash).split(".");
    const forged = Buffer.from(JSON.stringify({ v: 1, t: "t", m: 10, s: 99, q: queryHash })).toString("base64url");

    expect(() => codec.decode(`${forged}.${signature}`, queryHash)).toThrow(BadUserInputError);
  });

  test.each(["", "abc", "a.b.c", "%%%.%%%", "eyJ2IjoxfQ"])("rejects garbage %j", (cursor) => {
    const codec = new ListCursorCodec("secret");

    expect(() => codec.decode(cursor, queryHash)).toThrow(/Invalid cursor/);
  });

  test("rejects a cursor of another query", () => {
    const codec = new ListCursorCodec("secret");
    const cursor = codec.encode({ token: "t", maxResults: 10, skip: 0 }, queryHash);
    const otherHash = ListCursorCodec.queryHash({ StatusEquals: "Failed" });

    expect(() => codec.decode(cursor, otherHash)).toThrow(/different list \(another field, filter or sort\)/);
  });

  test("error carries BAD_USER_INPUT", () => {
    const codec = new ListCursorCodec("secret");
    try {
      codec.decode("nope", queryHash);
      expect.unreachable("decode accepted an invalid cursor");
    } catch (error) {
      expect((error as BadUserInputError).extensions.code).toBe("BAD_USER_INPUT");
    }
  });
});
