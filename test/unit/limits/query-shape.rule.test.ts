import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { describe, expect, test } from "vitest";

import { QueryLimitError } from "../../../src/server/plugins/query-limit.error.js";
import { queryShapeRule, type QueryShapeLimits } from "../../../src/server/plugins/query-shape.rule.js";

const schema = buildSchema(`
  type Query { job(name: String): Job, jobs: [Job] }
  type Job { name: String, parent: Job, tags: [Tag] }
  type Tag { key: String, value: String }
`);

const limits: QueryShapeLimits = { maxDepth: 4, maxAliases: 3, maxRootFields: 3 };

function check(query: string, shape: QueryShapeLimits = limits): QueryLimitError[] {
  return validate(schema, parse(query), [queryShapeRule(shape)]).map((error) => {
    if (!(error instanceof QueryLimitError)) throw new Error(`unexpected error: ${error.message}`);
    return error;
  });
}

describe("query depth", () => {
  test("depth at the limit passes", () => {
    expect(check("{ job { parent { parent { name } } } }")).toEqual([]);
  });

  test("depth above the limit fails", () => {
    const [error] = check("query Deep { job { parent { parent { parent { name } } } } }");

    expect(error.limit).toBe("depth");
    expect(error.actual).toBe(5);
    expect(error.message).toBe('Operation "Deep" nests fields 5 levels deep, above the maximum of 4; select fewer nested levels.');
  });

  test("fragments count at their spread", () => {
    const [error] = check("{ job { ...Deep } } fragment Deep on Job { parent { parent { parent { name } } } }");

    expect(error.actual).toBe(5);
  });

  test("inline fragments add no level", () => {
    expect(check("{ job { ... on Job { parent { parent { name } } } } }")).toEqual([]);
  });

  test("introspection is not measured", () => {
    expect(check(getIntrospectionQuery(), { maxDepth: 2, maxAliases: 0, maxRootFields: 1 })).toEqual([]);
  });

  test("cyclic fragments end the walk", () => {
    // The standard NoFragmentCycles rule reports the cycle; this rule must only terminate.
    expect(check("{ job { ...A } } fragment A on Job { parent { ...B } } fragment B on Job { parent { ...A } }")).toEqual([]);
  });
});

describe("query aliases", () => {
  test("aliases at the limit pass", () => {
    expect(check("{ a: job { x: name } b: job { name } }")).toEqual([]);
  });

  test("aliases above the limit fail", () => {
    const [error] = check("{ a: job { x: name } b: job { y: name } }");

    expect(error.limit).toBe("aliases");
    expect(error.actual).toBe(4);
    expect(error.message).toBe("The anonymous operation uses 4 aliases, above the maximum of 3; send fewer aliased fields or split the operation.");
  });

  test("aliases in a fragment count at each spread", () => {
    const [error] = check("{ job { ...Names } jobs { ...Names } } fragment Names on Job { a: name b: name }");

    expect(error.actual).toBe(4);
  });

  test("a fragment spread many times is measured once", () => {
    const spreads = Array.from({ length: 12 }, (_, level) => `fragment F${level} on Job { parent { ...F${level + 1} } parent2: parent { ...F${level + 1} } }`);
    const document = `{ job { ...F0 } } ${spreads.join(" ")} fragment F12 on Job { name }`;

    const started = performance.now();
    const errors = check(document, { maxDepth: 100, maxAliases: 10, maxRootFields: 3 });

    // 2^12 - 1 aliased `parent2` fields once every spread is written out.
    expect(errors[0].actual).toBe(4095);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("root fields", () => {
  test("root fields above the limit fail", () => {
    const [error] = check("query Many { job { name } jobs { name } a: job { name } b: jobs { name } }", {
      ...limits,
      maxAliases: 10,
    });

    expect(error.limit).toBe("rootFields");
    expect(error.actual).toBe(4);
    expect(error.message).toBe('Operation "Many" selects 4 top-level fields, above the maximum of 3; split it into several requests.');
  });

  test("root fields in fragments count", () => {
    const [error] = check("{ ...Roots job { name } } fragment Roots on Query { jobs { name } job { name } a: jobs { name } }", {
      ...limits,
      maxAliases: 10,
    });

    expect(error.actual).toBe(4);
  });

  test("each operation is measured alone", () => {
    expect(check("query A { job { name } jobs { name } } query B { job { name } jobs { name } }", { ...limits, maxRootFields: 2 })).toEqual([]);
  });
});

describe("QueryLimitError", () => {
  test("carries the validation code and HTTP 400", () => {
    const [error] = check("{ job { parent { parent { parent { name } } } } }");

    expect(error.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", actual: 5, maximum: 4, http: { status: 400 } });
  });
});
