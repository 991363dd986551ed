import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { describe, expect, test } from "vitest";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

/** Environment of a fresh shell: no AWS settings, so the embedded local SageMaker serves the jobs. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // NODE_ENV=test (set by vitest) would hide behaviour that differs outside tests, such as Apollo's signal handlers.
    if (!key.startsWith("AWS_") && !key.startsWith("LOCAL_SAGEMAKER_") && key !== "NODE_OPTIONS" && key !== "NODE_ENV" && !key.startsWith("VITEST")) {
      env[key] = value;
    }
  }
  return { ...env, PORT: "0", LOCAL_SAGEMAKER_FLEET_SIZE: "60", ...extra };
}

describe("npm start", () => {
  test("serves the local SageMaker and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN], { env: cleanEnv({}), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

    const started = await new Promise<{ url: string; source: string }>((resolve, reject) => {
      createInterface({ input: child.stdout }).on("line", (line) => {
        const entry = JSON.parse(line) as { event?: string; url?: string; source?: string };
        if (entry.event === "gateway_started") resolve({ url: entry.url!, source: entry.source! });
      });
      child.once("exit", (code) => reject(new Error(`gateway exited with ${code}: ${stderr}`)));
    });

    const response = await fetch(started.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ trainingJobs(first: 5) { edges { node { trainingJobName trainingJobStatus resourceConfig { instanceType } } } pageInfo { hasNextPage endCursor } } }",
      }),
    });
    const body = (await response.json()) as { data: { trainingJobs: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } };
    const exitCode = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");

    expect(started.source).toContain("embedded local SageMaker");
    expect(body.data.trainingJobs.edges).toHaveLength(5);
    expect(body.data.trainingJobs.pageInfo.hasNextPage).toBe(true);
    expect(await exitCode).toBe(0);
    expect(stderr).toBe("");
  });

  test("a bad setting stops the process naming the variable", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN], { env: cleanEnv({ PORT: "eighty" }), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));

    expect(code).toBe(2);
    expect(stderr).toContain('Invalid PORT="eighty"');
  });

  test("a port in use is reported with the fix", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, ["--import", "tsx", MAIN], { env: cleanEnv({ PORT: String(port) }), stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));

      expect(code).toBe(1);
      expect(stderr).toBe(`Gateway failed to start: 127.0.0.1:${port} is already in use; stop the other process or set PORT to a free port.\n`);
    } finally {
      blocker.close();
    }
  });
});
