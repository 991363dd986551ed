import { describe, expect, test } from "vitest";

import { formatExposition, LabeledCounter, LabeledHistogram } from "../../../src/observability/prometheus-text.js";

describe("formatExposition", () => {
  test("writes HELP, TYPE and samples", () => {
    const text = formatExposition([
      { name: "jobs_total", help: "Jobs seen.", type: "counter", samples: [{ name: "jobs_total", labels: { status: "ok" }, value: 3 }] },
    ]);

    expect(text).toBe('# HELP jobs_total Jobs seen.\n# TYPE jobs_total counter\njobs_total{status="ok"} 3\n');
  });

  test("escapes label values", () => {
    const text = formatExposition([{ name: "m", help: "h", type: "gauge", samples: [{ name: "m", labels: { op: 'a"b\\c\nd' }, value: 1 }] }]);

    expect(text).toContain('m{op="a\\"b\\\\c\\nd"} 1');
  });

  test("escapes help text", () => {
    const text = formatExposition([{ name: "m", help: "line\\one\ntwo", type: "gauge", samples: [] }]);

    expect(text.split("\n")[0]).toBe("# HELP m line\\\\one\\ntwo");
  });

  test("writes samples without labels bare", () => {
    const text = formatExposition([{ name: "up", help: "h", type: "gauge", samples: [{ name: "up", value: 0.5 }] }]);

    expect(text).toContain("\nup 0.5\n");
  });

  test.each([
    [Number.POSITIVE_INFINITY, "+Inf"],
    [Number.NEGATIVE_INFINITY, "-Inf"],
    [Number.NaN, "NaN"],
  ])("writes %s as %s", (value, written) => {
    const text = formatExposition([{ name: "v", help: "h", type: "gauge", samples: [{ name: "v", value }] }]);

    expect(text).toContain(`\nv ${written}\n`);
  });
});

describe("LabeledCounter", () => {
  test("adds per label set", () => {
    const counter = new LabeledCounter("calls_total", "Calls.");
    counter.inc({ op: "Search" });
    counter.inc({ op: "Search" }, 2);
    counter.inc({ op: "List" });

    expect(counter.family().samples).toEqual([
      { name: "calls_total", labels: { op: "Search" }, value: 3 },
      { name: "calls_total", labels: { op: "List" }, value: 1 },
    ]);
  });

  test("label order does not split series", () => {
    const counter = new LabeledCounter("c", "h");
    counter.inc({ a: "1", b: "2" });
    counter.inc({ b: "2", a: "1" });

    expect(counter.family().samples).toHaveLength(1);
  });
});

describe("LabeledHistogram", () => {
  test("buckets are cumulative with sum and count", () => {
    const histogram = new LabeledHistogram("latency_seconds", "Latency.", [0.1, 1]);
    for (const value of [0.05, 0.1, 0.5, 3]) histogram.observe({ op: "q" }, value);

    const samples = histogram.family().samples.map((sample) => [sample.name, sample.labels?.le, sample.value]);

    expect(samples).toEqual([
      ["latency_seconds_bucket", "0.1", 2],
      ["latency_seconds_bucket", "1", 3],
      ["latency_seconds_bucket", "+Inf", 4],
      ["latency_seconds_sum", undefined, 3.65],
      ["latency_seconds_count", undefined, 4],
    ]);
  });

  test("declares the histogram type", () => {
    expect(new LabeledHistogram("h", "help", [1]).family().type).toBe("histogram");
  });
});
