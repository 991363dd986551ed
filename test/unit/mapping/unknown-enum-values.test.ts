import { expect, test } from "vitest";

import { mapTrainingJob, type UnknownEnumValueHandler } from "../../../src/sagemaker/mapping/index.js";

type Report = { enumName: string; value: string; path: string };

function recordingHandler(): { handler: UnknownEnumValueHandler; reports: Report[] } {
  const reports: Report[] = [];
  return { reports, handler: (enumName, value, path) => reports.push({ enumName, value, path }) };
}

test("unknown status becomes UNKNOWN", () => {
  const { handler } = recordingHandler();
  const job = mapTrainingJob({ TrainingJobName: "job-a", TrainingJobStatus: "Archived" as never }, { onUnknownEnumValue: handler });
  expect(job.trainingJobStatus).toBe("UNKNOWN");
});

test("unknown value reported with its path", () => {
  const { handler, reports } = recordingHandler();
  mapTrainingJob({ TrainingJobName: "job-a", TrainingJobStatus: "Archived" as never }, { onUnknownEnumValue: handler });
  expect(reports).toEqual([{ enumName: "TrainingJobStatus", value: "Archived", path: "TrainingJobStatus" }]);
});

test("nested unknown value path", () => {
  const { handler, reports } = recordingHandler();
  mapTrainingJob(
    {
      TrainingJobName: "job-a",
      SecondaryStatusTransitions: [
        { Status: "Starting", StartTime: new Date(0) },
        { Status: "Hibernating" as never, StartTime: new Date(0) },
      ],
    },
    { onUnknownEnumValue: handler },
  );
  expect(reports.map((report) => report.path)).toEqual(["SecondaryStatusTransitions[1].Status"]);
});

test("known values kept beside unknown", () => {
  const { handler } = recordingHandler();
  const job = mapTrainingJob(
    {
      TrainingJobName: "job-a",
      SecondaryStatusTransitions: [
        { Status: "Starting", StartTime: new Date(0) },
        { Status: "Hibernating" as never, StartTime: new Date(0) },
      ],
    },
    { onUnknownEnumValue: handler },
  );
  expect(job.secondaryStatusTransitions?.map((transition) => transition.status)).toEqual(["Starting", "UNKNOWN"]);
});

test("same pair reported once per handler", () => {
  const { handler, reports } = recordingHandler();
  const record = { TrainingJobName: "job-a", SecondaryStatus: "Hibernating" as never };

  mapTrainingJob(record, { onUnknownEnumValue: handler });
  mapTrainingJob(record, { onUnknownEnumValue: handler });
  mapTrainingJob({ ...record, TrainingJobName: "job-b" }, { onUnknownEnumValue: handler });

  expect(reports).toHaveLength(1);
});

test("same value in one record reported once", () => {
  const { handler, reports } = recordingHandler();
  mapTrainingJob(
    {
      TrainingJobName: "job-a",
      SecondaryStatus: "Hibernating" as never,
      SecondaryStatusTransitions: [{ Status: "Hibernating" as never, StartTime: new Date(0) }],
    },
    { onUnknownEnumValue: handler },
  );
  expect(reports).toHaveLength(1);
});

test("other value or enum reported again", () => {
  const { handler, reports } = recordingHandler();
  mapTrainingJob(
    {
      TrainingJobName: "job-a",
      TrainingJobStatus: "Hibernating" as never,
      SecondaryStatus: "Hibernating" as never,
      ProfilingStatus: "Paused" as never,
    },
    { onUnknownEnumValue: handler },
  );
  expect(reports.map((report) => `${report.enumName}=${report.value}`).sort()).toEqual([
    "ProfilingStatus=Paused",
    "SecondaryStatus=Hibernating",
    "TrainingJobStatus=Hibernating",
  ]);
});

test("separate handlers each get a report", () => {
  const first = recordingHandler();
  const second = recordingHandler();
  const record = { TrainingJobName: "job-a", SecondaryStatus: "Hibernating" as never };

  mapTrainingJob(record, { onUnknownEnumValue: first.handler });
  mapTrainingJob(record, { onUnknownEnumValue: second.handler });

  expect(first.reports).toHaveLength(1);
  expect(second.reports).toHaveLength(1);
});

test("reports stop after 256 distinct pairs", () => {
  const { handler, reports } = recordingHandler();
  for (let index = 0; index < 300; index++) {
    mapTrainingJob({ TrainingJobName: "job-a", SecondaryStatus: `Stage${index}` as never }, { onUnknownEnumValue: handler });
  }
  expect(reports).toHaveLength(256);
});

test("non-string enum value becomes UNKNOWN", () => {
  const { handler, reports } = recordingHandler();
  const job = mapTrainingJob({ TrainingJobName: "job-a", ProfilingStatus: 7 as never }, { onUnknownEnumValue: handler });
  expect(job.profilingStatus).toBe("UNKNOWN");
  expect(reports).toEqual([{ enumName: "ProfilingStatus", value: "7", path: "ProfilingStatus" }]);
});

test("default handler emits a process warning", async () => {
  const warnings: Array<Error & { code?: string }> = [];
  const listener = (warning: Error) => warnings.push(warning);
  process.on("warning", listener);

  mapTrainingJob({ TrainingJobName: "job-a", WarmPoolStatus: { Status: "Draining" as never } });
  // process.emitWarning dispatches the event on the next tick.
  await new Promise((resolve) => setImmediate(resolve));
  process.off("warning", listener);

  const messages = warnings.filter((warning) => warning.code === "GATEWAY_UNKNOWN_ENUM_VALUE").map((warning) => warning.message);
  expect(messages).toEqual([
    'SageMaker returned WarmPoolResourceStatus value "Draining" at WarmPoolStatus.Status, which this gateway version does not know. The gateway serves it as UNKNOWN.',
  ]);
});
