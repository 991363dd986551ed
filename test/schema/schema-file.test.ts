import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, test } from "vitest";

import { printGatewaySchema, SCHEMA_FILE_URL } from "../../src/schema/print-schema.js";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

describe("emitted files", () => {
  test("schema/schema.graphql matches the code", async () => {
    const committed = readFileSync(SCHEMA_FILE_URL, "utf8");

    // On a difference, run `npm run schema` and commit the result.
    expect(committed).toBe(await printGatewaySchema());
  });

  test("test/generated/operations.ts matches the schema and operations", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: `${repositoryRoot}codegen.yml` });
    const outputs = (await generate({ ...config, cwd: repositoryRoot, silent: true }, false)) as Array<{ content: string }>;
    const committed = readFileSync(new URL("../generated/operations.ts", import.meta.url), "utf8");

    // On a difference, run `npm run codegen` and commit the result.
    expect(committed).toBe(outputs[0].content);
  });
});
