import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** The local SageMaker running in its own process, so its work does not share the gateway's event loop. */
export type LocalSageMakerProcess = {
  url: string;
  /** Calls served since the last reset, by operation. */
  served(): Promise<Record<string, number>>;
  resetStats(): Promise<void>;
  stop(): Promise<void>;
};

const MAIN = fileURLToPath(new URL("../src/local-sagemaker/main.ts", import.meta.url));

/** Starts `src/local-sagemaker/main.ts` on a free loopback port with the given LOCAL_SAGEMAKER_* settings. */
export async function startLocalSageMakerProcess(env: Record<string, string>): Promise<LocalSageMakerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, LOCAL_SAGEMAKER_HOST: "127.0.0.1", LOCAL_SAGEMAKER_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await readUrl(child);

  const control = async (path: string, method = "GET") => {
    const response = await fetch(`${url}/_local/${path}`, { method });
    if (!response.ok) throw new Error(`local SageMaker control ${method} ${path} failed with HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };

  return {
    url,
    served: async () => ((await control("stats")) as { served: Record<string, number> }).served,
    resetStats: async () => {
      await control("stats/reset", "POST");
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Waits for the start-up log line that carries the URL. */
function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error("the local SageMaker did not report its URL within 60 s")), 60_000);

    lines.on("line", (line) => {
      const url = (JSON.parse(line) as { url?: string }).url;
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once("exit", (code) => reject(new Error(`the local SageMaker exited with code ${code} before it started`)));
  });
}
