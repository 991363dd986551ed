import type { InputSource } from "./failures.js";
import { describeFailure } from "./failures.js";
import type { JobPlan } from "./fleet.types.js";
import type { CodeSource } from "./images.js";
import type { WireChannel } from "./inputs.js";
import type { SeededRandom } from "./random.js";

/** The parts of a built job that its failure message quotes. */
export type FailedJobParts = {
  instanceType: string;
  codeSource?: CodeSource;
  roleArn: string;
  channels: readonly WireChannel[];
  hyperParameters: Readonly<Record<string, string>>;
};

/** Writes the FailureReason of a failed job from what it ran and read; other jobs have none. */
export function buildFailureReason(plan: JobPlan, parts: FailedJobParts, rng: SeededRandom): string | undefined {
  if (plan.status !== "Failed") {
    return undefined;
  }
  const { codeSource } = parts;
  return describeFailure(
    {
      stage: plan.haltStage ?? "training",
      algorithm: plan.algorithm,
      model: plan.model,
      project: plan.project,
      instanceType: parts.instanceType,
      image: codeSource !== undefined && "TrainingImage" in codeSource ? codeSource.TrainingImage : "",
      algorithmName: codeSource !== undefined && "AlgorithmName" in codeSource ? codeSource.AlgorithmName : undefined,
      roleArn: parts.roleArn,
      input: inputSourceOf(parts.channels),
      hyperParameters: parts.hyperParameters,
      nonAscii: plan.features.has("nonAsciiText"),
    },
    rng,
  );
}

/** Describes where the first channel reads from: an S3 location, a file system directory or a dataset. */
function inputSourceOf(channels: readonly WireChannel[]): InputSource {
  const source = channels[0]?.DataSource ?? {};
  const fileSystem = source.FileSystemDataSource as { FileSystemId?: string; FileSystemType?: string; DirectoryPath?: string } | undefined;
  if (fileSystem !== undefined) {
    return { kind: fileSystem.FileSystemType === "EFS" ? "efs" : "fsx", location: fileSystem.DirectoryPath ?? "/", fileSystemId: fileSystem.FileSystemId };
  }
  const dataset = source.DatasetSource as { DatasetArn?: string } | undefined;
  if (dataset !== undefined) {
    return { kind: "dataset", location: dataset.DatasetArn ?? "" };
  }
  const s3 = source.S3DataSource as { S3Uri?: string } | undefined;
  return { kind: "s3", location: s3?.S3Uri ?? "" };
}
