import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Folder of real DescribeTrainingJob (and Search) records published by
 * SageMaker users, one JSON body per file. The records are not part of the
 * repository: `CORPUS_RECORDS_DIR` names the folder, and by default it is
 * `shared/corpus/records` beside the repository's own folder. Tests that read
 * them are skipped, with a message, when the folder is absent.
 */
export const CORPUS_RECORDS_DIR =
  process.env.CORPUS_RECORDS_DIR || join(fileURLToPath(new URL("../../../", import.meta.url)), "shared", "corpus", "records");

export const corpusPresent = existsSync(CORPUS_RECORDS_DIR);

let warned = false;

/** Says once per test file why the corpus tests are skipped. */
export function warnWhenCorpusAbsent(): void {
  if (corpusPresent || warned) return;
  warned = true;
  console.warn(`Corpus tests skipped: no records folder at ${CORPUS_RECORDS_DIR}; set CORPUS_RECORDS_DIR to run them.`);
}
