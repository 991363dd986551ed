import type { FailureFacts } from "./failures.common.js";
import { parameter } from "./failures.common.js";

/** The Python interpreter of a framework container and the folder its packages live in. */
export type PythonRuntime = { binary: string; packages: string };

/**
 * Returns the Python that runs the script in the job's image. Deep learning
 * containers name the version in their tag (`-py311-`); TensorFlow images
 * install it under /usr/local, the others under /opt/conda, and the
 * scikit-learn image uses Miniconda's Python 3.9.
 */
export function pythonOf(facts: FailureFacts): PythonRuntime {
  if (facts.algorithm === "sklearn") {
    return { binary: "/miniconda3/bin/python", packages: "/miniconda3/lib/python3.9/site-packages" };
  }
  const match = /-py(\d)(\d+)-/.exec(facts.image);
  const version = match !== null ? `${match[1]}.${match[2]}` : "3.10";
  const root = facts.algorithm === "tensorflow" ? "/usr/local" : "/opt/conda";
  return { binary: `${root}/bin/python${version}`, packages: `${root}/lib/python${version}/site-packages` };
}

/** Returns the script the toolkit ran, from the `sagemaker_program` hyperparameter. */
export function programOf(facts: FailureFacts): string {
  return parameter(facts, "sagemaker_program", "train.py");
}

/**
 * Writes the command line the SageMaker training toolkit ran: the script with
 * every hyperparameter except the toolkit's own `sagemaker_*` entries as
 * `--name value` arguments.
 */
export function commandLine(facts: FailureFacts, exitCode: number): string {
  const argumentsList = Object.keys(facts.hyperParameters)
    .filter((key) => !key.startsWith("sagemaker_"))
    .sort()
    .map((key) => `--${key} ${parameter(facts, key, "")}`);
  return `Command "${[pythonOf(facts).binary, programOf(facts), ...argumentsList].join(" ")}", exit code: ${exitCode}`;
}

/** Returns one traceback frame: the file line and the source line under it. */
export function frame(path: string, line: number, scope: string, code: string): string[] {
  return [`File "${path}", line ${line}, in ${scope}`, `  ${code}`];
}

/** Returns a frame of the user's script in /opt/ml/code, where the toolkit unpacks the source directory. */
export function scriptFrame(facts: FailureFacts, line: number, scope: string, code: string): string[] {
  return frame(`/opt/ml/code/${programOf(facts)}`, line, scope, code);
}

/**
 * Formats a script failure the way the SageMaker training toolkit reports a
 * script that exited with an error: the exit code, the error message with
 * the Python traceback, and the command that ran.
 */
export function scriptError(facts: FailureFacts, error: string, frames: readonly string[], exitCode = 1): string {
  const traceback = frames.length > 0 ? [" Traceback (most recent call last):", ...frames.map((line) => `   ${line}`)] : [];
  return ["AlgorithmError: ExecuteUserScriptError:", `ExitCode ${exitCode}`, `ErrorMessage "${error}`, ...traceback, ` ${error}"`, commandLine(facts, exitCode)].join("\n");
}
