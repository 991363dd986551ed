import { AddTagsCommand, DeleteTagsCommand, DescribeTrainingJobCommand, ListTagsCommand, type Tag } from "@aws-sdk/client-sagemaker";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { jsonBody, makeClient, makeJob, postOperation, rejectionOf, startWithJobs, type ErrorBody } from "./server-fixtures.js";

const ARN = "arn:aws:sagemaker:us-east-1:111122223333:training-job/tagged-job";

describe("AddTags, ListTags and DeleteTags", () => {
  let server: LocalSageMaker;
  const client = () => makeClient(server);
  const listTags = (arn = ARN) => client().send(new ListTagsCommand({ ResourceArn: arn }));
  const addTags = (tags: Tag[], arn = ARN) => client().send(new AddTagsCommand({ ResourceArn: arn, Tags: tags }));

  beforeEach(async () => {
    server = await startWithJobs([makeJob("Tagged-Job", 1, {}, [{ Key: "team", Value: "vision" }])]);
  });
  afterEach(() => server.close());

  it("lists the stored tags", async () => {
    const page = await listTags();

    expect(page.Tags).toEqual([{ Key: "team", Value: "vision" }]);
    expect(page.NextToken).toBeUndefined();
  });

  it("adds and overwrites tags by key", async () => {
    const added = await addTags([
      { Key: "team", Value: "speech" },
      { Key: "cost-center", Value: "42" },
    ]);
    const page = await listTags();

    expect(added.Tags).toEqual([
      { Key: "team", Value: "speech" },
      { Key: "cost-center", Value: "42" },
    ]);
    expect(page.Tags).toEqual([
      { Key: "team", Value: "speech" },
      { Key: "cost-center", Value: "42" },
    ]);
  });

  it("deletes tags and ignores absent keys", async () => {
    await addTags([{ Key: "stage", Value: "dev" }]);
    await client().send(new DeleteTagsCommand({ ResourceArn: ARN, TagKeys: ["team", "never-set"] }));
    const page = await listTags();

    expect(page.Tags).toEqual([{ Key: "stage", Value: "dev" }]);
  });

  it("finds the job by ARN in any case", async () => {
    const page = await listTags(ARN.replace("tagged-job", "TAGGED-JOB"));

    expect(page.Tags).toEqual([{ Key: "team", Value: "vision" }]);
  });

  it("leaves LastModifiedTime alone", async () => {
    const before = await client().send(new DescribeTrainingJobCommand({ TrainingJobName: "Tagged-Job" }));
    await addTags([{ Key: "stage", Value: "dev" }]);
    const after = await client().send(new DescribeTrainingJobCommand({ TrainingJobName: "Tagged-Job" }));

    expect(after.LastModifiedTime).toEqual(before.LastModifiedTime);
  });

  it("rejects an unknown resource", async () => {
    const error = await rejectionOf(listTags("arn:aws:sagemaker:us-east-1:111122223333:training-job/other"));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe("Requested resource not found.");
  });

  it("rejects a malformed ARN", async () => {
    const error = await rejectionOf(listTags("training-job/tagged-job"));

    expect(error.message).toBe(
      "1 validation error detected: Value 'training-job/tagged-job' at 'resourceArn' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:.+",
    );
  });

  it("rejects ListTags MaxResults below 50", async () => {
    const error = await rejectionOf(client().send(new ListTagsCommand({ ResourceArn: ARN, MaxResults: 10 })));

    expect(error.message).toBe(
      "1 validation error detected: Value '10' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 50",
    );
  });

  it("rejects reserved aws: keys", async () => {
    const error = await rejectionOf(addTags([{ Key: "aws:cloudformation:stack-name", Value: "x" }]));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe("Tag key 'aws:cloudformation:stack-name' is invalid: keys that start with 'aws:' are reserved for AWS use.");
  });

  it("rejects a key longer than 128", async () => {
    const key = "k".repeat(129);
    const error = await rejectionOf(addTags([{ Key: key, Value: "v" }]));

    expect(error.message).toBe(
      `1 validation error detected: Value '${key}' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128`,
    );
  });

  it("rejects a value outside the pattern", async () => {
    const error = await rejectionOf(addTags([{ Key: "ok", Value: "semi;colon" }]));

    expect(error.message).toContain("Value 'semi;colon' at 'tags.1.member.value' failed to satisfy constraint");
  });

  it("accepts letters of any script", async () => {
    await addTags([{ Key: "équipe", Value: "視覚 チーム" }]);
    const page = await listTags();

    expect(page.Tags).toContainEqual({ Key: "équipe", Value: "視覚 チーム" });
  });

  it("rejects a tag without a value", async () => {
    const response = await postOperation(server, "AddTags", JSON.stringify({ ResourceArn: ARN, Tags: [{ Key: "solo" }] }));
    const body = await jsonBody<ErrorBody>(response);

    expect(body.message).toBe(
      "1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null",
    );
  });

  it("rejects a resource past 50 tags", async () => {
    const tags = Array.from({ length: 50 }, (_, index) => ({ Key: `key-${index}`, Value: "v" }));

    const error = await rejectionOf(addTags(tags));

    expect(error.message).toBe(
      `Adding these tags would give resource ${ARN} 51 tags; a resource can have at most 50. Delete tags first.`,
    );
  });

  it("rejects more than 50 tags in one call", async () => {
    const tags = Array.from({ length: 51 }, (_, index) => ({ Key: `key-${index}`, Value: "v" }));

    const error = await rejectionOf(addTags(tags));

    expect(error.message).toMatch(/^1 validation error detected: Value '\[.*\]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/);
  });

  it("pages tags past MaxResults", async () => {
    const manyTags = Array.from({ length: 60 }, (_, index) => ({ Key: `key-${index}`, Value: "v" }));
    server.putJob(makeJob("Many-Tags", 3, {}, manyTags));
    const arn = "arn:aws:sagemaker:us-east-1:111122223333:training-job/many-tags";

    const first = await client().send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 50 }));
    const second = await client().send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 50, NextToken: first.NextToken }));

    expect(first.Tags).toEqual(manyTags.slice(0, 50));
    expect(second.Tags).toEqual(manyTags.slice(50));
    expect(second.NextToken).toBeUndefined();
  });

  it("rejects a tag token for another resource", async () => {
    const manyTags = Array.from({ length: 60 }, (_, index) => ({ Key: `key-${index}`, Value: "v" }));
    server.putJob(makeJob("Many-Tags", 3, {}, manyTags));
    const first = await client().send(
      new ListTagsCommand({ ResourceArn: "arn:aws:sagemaker:us-east-1:111122223333:training-job/many-tags", MaxResults: 50 }),
    );

    const error = await rejectionOf(client().send(new ListTagsCommand({ ResourceArn: ARN, NextToken: first.NextToken })));

    expect(error.message).toContain("it was issued for a request with other members, such as other filters, sort order or resource");
  });

  it("rejects an empty key list", async () => {
    const error = await rejectionOf(client().send(new DeleteTagsCommand({ ResourceArn: ARN, TagKeys: [] })));

    expect(error.message).toBe(
      "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });
});
