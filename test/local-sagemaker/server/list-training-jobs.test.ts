import { ListTrainingJobsCommand, type ListTrainingJobsCommandInput } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { BASE_TIME, jsonBody, makeClient, makeJob, postOperation, rejectionOf, startWithJobs, type ErrorBody } from "./server-fixtures.js";

const PLAN_ARN = "arn:aws:sagemaker:us-east-1:111122223333:training-plan/reserved-p5-capacity-plan";

/** list-job-00 (oldest) to list-job-24 (newest); every third job, 00 included, Failed. */
function listJobs() {
  return Array.from({ length: 25 }, (_, index) => {
    const name = `list-job-${String(index).padStart(2, "0")}`;
    const failed = index % 3 === 0;
    return makeJob(name, index, {
      TrainingJobStatus: failed ? "Failed" : "Completed",
      SecondaryStatus: failed ? "Failed" : "Completed",
      ...(index === 7 ? { WarmPoolStatus: { Status: "Available" } } : {}),
      ...(index === 8 ? { ResourceConfig: { InstanceType: "ml.p5.48xlarge", InstanceCount: 1, VolumeSizeInGB: 30, TrainingPlanArn: PLAN_ARN } } : {}),
    });
  });
}

function nameNumbers(page: { TrainingJobSummaries?: { TrainingJobName?: string }[] }): number[] {
  return (page.TrainingJobSummaries ?? []).map((summary) => Number(summary.TrainingJobName?.slice(-2)));
}

describe("ListTrainingJobs", () => {
  let server: LocalSageMaker;
  const list = (input: ListTrainingJobsCommandInput) => makeClient(server).send(new ListTrainingJobsCommand(input));

  beforeAll(async () => {
    server = await startWithJobs(listJobs());
  });
  afterAll(() => server.close());

  it("lists newest first, ten a page, by default", async () => {
    const page = await list({});

    expect(nameNumbers(page)).toEqual([24, 23, 22, 21, 20, 19, 18, 17, 16, 15]);
    expect(page.NextToken).toBeDefined();
  });

  it("sorts by creation time ascending", async () => {
    const page = await list({ SortOrder: "Ascending", MaxResults: 3 });

    expect(nameNumbers(page)).toEqual([0, 1, 2]);
  });

  it("sorts by name", async () => {
    const page = await list({ SortBy: "Name", SortOrder: "Ascending", MaxResults: 100 });
    const names = page.TrainingJobSummaries?.map((summary) => summary.TrainingJobName ?? "") ?? [];

    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(25);
  });

  it("sorts by status", async () => {
    const page = await list({ SortBy: "Status", SortOrder: "Descending", MaxResults: 100 });
    const statuses = page.TrainingJobSummaries?.map((summary) => summary.TrainingJobStatus);

    expect(statuses).toEqual([...Array(9).fill("Failed"), ...Array(16).fill("Completed")]);
  });

  it("filters only the MaxResults window", async () => {
    const page = await list({ StatusEquals: "Failed", MaxResults: 5 });

    expect(nameNumbers(page)).toEqual([24, 21]);
    expect(page.NextToken).toBeDefined();
  });

  it("returns an empty page with a token", async () => {
    const page = await list({ NameContains: "list-job-00", MaxResults: 5 });

    expect(page.TrainingJobSummaries).toEqual([]);
    expect(page.NextToken).toBeDefined();
  });

  it("pages through every filtered job", async () => {
    const found: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await list({ StatusEquals: "Failed", MaxResults: 4, NextToken: token });
      found.push(...nameNumbers(page));
      token = page.NextToken;
      pages += 1;
    } while (token !== undefined);

    expect(found).toEqual([24, 21, 18, 15, 12, 9, 6, 3, 0]);
    expect(pages).toBe(7);
  });

  it("omits the token on the last window", async () => {
    const first = await list({ MaxResults: 20 });
    const last = await list({ MaxResults: 20, NextToken: first.NextToken });

    expect(nameNumbers(last)).toEqual([4, 3, 2, 1, 0]);
    expect(last.NextToken).toBeUndefined();
  });

  it("filters by creation time, bounds excluded", async () => {
    const page = await list({
      CreationTimeAfter: new Date((BASE_TIME + 3 * 60) * 1000),
      CreationTimeBefore: new Date((BASE_TIME + 6 * 60) * 1000),
      MaxResults: 100,
    });

    expect(nameNumbers(page)).toEqual([5, 4]);
  });

  it("filters by last modified time, bounds excluded", async () => {
    const page = await list({
      LastModifiedTimeAfter: new Date((BASE_TIME + 20 * 60 + 600) * 1000),
      LastModifiedTimeBefore: new Date((BASE_TIME + 23 * 60 + 600) * 1000),
      MaxResults: 100,
    });

    expect(nameNumbers(page)).toEqual([22, 21]);
  });

  it("matches NameContains ignoring case", async () => {
    const page = await list({ NameContains: "LIST-JOB-1", MaxResults: 100 });

    expect(nameNumbers(page)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
  });

  it("filters by warm pool status", async () => {
    const page = await list({ WarmPoolStatusEquals: "Available", MaxResults: 100 });

    expect(nameNumbers(page)).toEqual([7]);
  });

  it("filters by training plan", async () => {
    const page = await list({ TrainingPlanArnEquals: PLAN_ARN, MaxResults: 100 });

    expect(nameNumbers(page)).toEqual([8]);
  });

  it("returns exactly the summary members", async () => {
    const response = await postOperation(server, "ListTrainingJobs", JSON.stringify({ TrainingPlanArnEquals: PLAN_ARN, MaxResults: 100 }));
    const body = await jsonBody(response);

    expect(body.TrainingJobSummaries).toEqual([
      {
        TrainingJobName: "list-job-08",
        TrainingJobArn: "arn:aws:sagemaker:us-east-1:111122223333:training-job/list-job-08",
        CreationTime: BASE_TIME + 8 * 60,
        TrainingEndTime: BASE_TIME + 8 * 60 + 540,
        LastModifiedTime: BASE_TIME + 8 * 60 + 600,
        TrainingJobStatus: "Completed",
        SecondaryStatus: "Completed",
        TrainingPlanArn: PLAN_ARN,
      },
    ]);
  });

  it("rejects MaxResults below 1", async () => {
    const error = await rejectionOf(list({ MaxResults: 0 }));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe(
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it("rejects MaxResults above 100", async () => {
    const error = await rejectionOf(list({ MaxResults: 101 }));

    expect(error.message).toBe(
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });

  it("reports every violation at once", async () => {
    const error = await rejectionOf(list({ MaxResults: 0, NameContains: "bad_name" }));

    expect(error.message).toBe(
      "2 validation errors detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value 'bad_name' at 'nameContains' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9\\-]+",
    );
  });

  it("rejects an unknown sort key", async () => {
    const response = await postOperation(server, "ListTrainingJobs", JSON.stringify({ SortBy: "Size" }));
    const body = await jsonBody<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(body.message).toBe(
      "1 validation error detected: Value 'Size' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [Name, CreationTime, Status]",
    );
  });

  it("rejects an unknown status filter", async () => {
    const response = await postOperation(server, "ListTrainingJobs", JSON.stringify({ StatusEquals: "Running" }));
    const body = await jsonBody<ErrorBody>(response);

    expect(body.message).toContain("Value 'Running' at 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set");
  });

  it("rejects a token it did not issue", async () => {
    const error = await rejectionOf(list({ NextToken: "not-a-token" }));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toMatch(/^Invalid NextToken 'not-a-token': it was not issued by this server\./);
  });

  it("rejects an altered token", async () => {
    const page = await list({ MaxResults: 2 });
    const token = page.NextToken ?? "";
    const altered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;

    const error = await rejectionOf(list({ MaxResults: 2, NextToken: altered }));

    expect(error.message).toContain("it was not issued by this server");
  });

  it("rejects a token for other filters", async () => {
    const page = await list({ StatusEquals: "Failed", MaxResults: 2 });

    const error = await rejectionOf(list({ StatusEquals: "Completed", MaxResults: 2, NextToken: page.NextToken }));

    expect(error.message).toContain("it was issued for a request with other members, such as other filters, sort order or resource");
  });

  it("accepts a token with another MaxResults", async () => {
    const page = await list({ MaxResults: 2 });
    const next = await list({ MaxResults: 3, NextToken: page.NextToken });

    expect(nameNumbers(next)).toEqual([22, 21, 20]);
  });

  it("rejects a token from another server", async () => {
    const other = await startWithJobs(listJobs());
    const foreign = await makeClient(other).send(new ListTrainingJobsCommand({ MaxResults: 2 }));
    await other.close();

    const error = await rejectionOf(list({ MaxResults: 2, NextToken: foreign.NextToken }));

    expect(error.message).toContain("it was not issued by this server");
  });
});
