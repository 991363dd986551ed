import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArnScope } from "../store/training-job-arn.js";
import type { StoredJob } from "../wire.js";
import { InvalidJobRecordError, parseJobRecord } from "./stored-job-record.js";

/**
 * Loads every `*.json` file of a folder, in file-name order. A file contains one
 * DescribeTrainingJob response body, or a JSON array of them; see
 * parseJobRecord for what a record may contain. Other files are ignored.
 */
export async function loadJobsDir(directory: string, scope: ArnScope): Promise<StoredJob[]> {
  let fileNames: string[];
  try {
    fileNames = (await readdir(directory)).filter((fileName) => fileName.endsWith(".json")).sort();
  } catch (error) {
    throw new Error(`Cannot read the jobs folder ${directory}: ${(error as Error).message}. Set jobsDir to a folder of DescribeTrainingJob JSON files.`);
  }

  const jobs: StoredJob[] = [];
  for (const fileName of fileNames) {
    const path = join(directory, fileName);
    const parsed = parseJsonFile(path, await readFile(path, "utf8"));
    const records = Array.isArray(parsed) ? parsed : [parsed];
    records.forEach((record, index) => {
      const source = records.length > 1 ? `${path} [${index}]` : path;
      jobs.push(parseJobRecord(record, scope, source));
    });
  }
  return jobs;
}

function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidJobRecordError(path, `the file is not valid JSON (${(error as Error).message})`);
  }
}
