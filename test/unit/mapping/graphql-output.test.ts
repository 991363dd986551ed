import { graphql } from "graphql";
import { Query, Resolver } from "type-graphql";
import { expect, test } from "vitest";

import { buildGatewaySchema } from "../../../src/schema/build-schema.js";
import { mapTrainingJob } from "../../../src/sagemaker/mapping/index.js";
import { TrainingJob } from "../../../src/training-jobs/types/index.js";

/** Serves one mapped record, so the test checks what GraphQL returns for the mapping's output. */
@Resolver()
class MappedJobResolver {
  @Query(() => TrainingJob, { description: "A fixed mapped record." })
  mappedJob(): TrainingJob {
    return mapTrainingJob(
      {
        TrainingJobName: "job-a",
        TrainingJobStatus: "InProgress",
        SecondaryStatus: "Hibernating",
        CreationTime: 1645031653.461,
        BillableTokenCount: 6_000_000_123,
        HyperParameters: { epochs: "5", batch_size: "32" },
        SecondaryStatusTransitions: [{ Status: "Starting", StartTime: 1645031653 }],
        Tags: [],
      } as never,
      { onUnknownEnumValue: () => {} },
    );
  }
}

const schema = await buildGatewaySchema({ resolvers: [MappedJobResolver] });

const result = await graphql({
  schema,
  source: `{
    mappedJob {
      trainingJobName trainingJobStatus secondaryStatus creationTime billableTokenCount
      hyperParameters { key value redacted }
      secondaryStatusTransitions { status startTime }
      tags { key }
      modelArtifacts { s3ModelArtifacts }
    }
  }`,
});

test("query has no errors", () => {
  expect(result.errors).toBeUndefined();
});

test("output of a mapped record", () => {
  expect(result.data).toEqual({
    mappedJob: {
      trainingJobName: "job-a",
      trainingJobStatus: "IN_PROGRESS",
      secondaryStatus: "UNKNOWN",
      creationTime: "2022-02-16T17:14:13.461Z",
      billableTokenCount: 6000000123,
      hyperParameters: [
        { key: "batch_size", value: "32", redacted: false },
        { key: "epochs", value: "5", redacted: false },
      ],
      secondaryStatusTransitions: [{ status: "STARTING", startTime: "2022-02-16T17:14:13.000Z" }],
      tags: [],
      modelArtifacts: null,
    },
  });
});
