import { AddTagsCommand, SearchCommand, type SearchCommandInput } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it } from "vitest";
import type { LocalSageMaker } from "../../../src/local-sagemaker/index.js";
import { makeClient, makeJob, rejectionOf, sleep, startWithJobs } from "./server-fixtures.js";

const JOBS = [makeJob("search-job-1", 1, {}, [{ Key: "team", Value: "vision" }]), makeJob("search-job-2", 2), makeJob("search-job-3", 3)];

describe("Search", () => {
  let server: LocalSageMaker;
  const search = (input: Partial<SearchCommandInput> = {}) =>
    makeClient(server).send(new SearchCommand({ Resource: "TrainingJob", MaxResults: 100, ...input }));
  const foundNames = async () => (await search()).Results?.map((result) => result.TrainingJob?.TrainingJobName).sort();

  afterEach(() => server.close());

  it("returns training jobs with their tags", async () => {
    server = await startWithJobs(JOBS);
    const page = await search({ SearchExpression: { Filters: [{ Name: "TrainingJobName", Operator: "Equals", Value: "search-job-1" }] } });

    expect(page.Results?.[0].TrainingJob?.Tags).toEqual([{ Key: "team", Value: "vision" }]);
  });

  it("rejects another resource", async () => {
    server = await startWithJobs(JOBS);
    const error = await rejectionOf(search({ Resource: "Model" }));

    expect(error.name).toBe("ValidationException");
    expect(error.message).toContain("TrainingJob");
  });

  it("hides the newest jobs", async () => {
    server = await startWithJobs(JOBS, { searchLagJobs: 2 });

    expect(await foundNames()).toEqual(["search-job-1"]);
  });

  it("changes the hidden count at runtime", async () => {
    server = await startWithJobs(JOBS);
    server.setBehaviour({ searchLagJobs: 1 });

    expect(await foundNames()).toEqual(["search-job-1", "search-job-2"]);
  });

  it("hides a new job during the lag", async () => {
    server = await startWithJobs(JOBS, { searchLagMs: 300 });
    server.putJob(makeJob("search-job-new", 4));

    expect(await foundNames()).not.toContain("search-job-new");
    await sleep(400);
    expect(await foundNames()).toContain("search-job-new");
  });

  it("serves the previous state during the lag", async () => {
    server = await startWithJobs(JOBS, { searchLagMs: 300 });
    await makeClient(server).send(
      new AddTagsCommand({ ResourceArn: JOBS[0].job.TrainingJobArn, Tags: [{ Key: "team", Value: "speech" }] }),
    );
    const byName = { SearchExpression: { Filters: [{ Name: "TrainingJobName", Operator: "Equals" as const, Value: "search-job-1" }] } };

    const stale = await search(byName);
    await sleep(400);
    const fresh = await search(byName);

    expect(stale.Results?.[0].TrainingJob?.Tags).toEqual([{ Key: "team", Value: "vision" }]);
    expect(fresh.Results?.[0].TrainingJob?.Tags).toEqual([{ Key: "team", Value: "speech" }]);
  });

  it("shows jobs present at start at once", async () => {
    server = await startWithJobs(JOBS, { searchLagMs: 60_000 });

    expect(await foundNames()).toEqual(["search-job-1", "search-job-2", "search-job-3"]);
  });
});
