import type { AlgorithmProfile, InputMode } from "./algorithms.js";
import type { FleetContext, JobPlan } from "./fleet.types.js";
import type { FleetProject } from "./projects.js";
import type { SeededRandom } from "./random.js";
import type { ResourcePlan } from "./resources.js";

/** A Channel as it travels on the wire. */
export type WireChannel = { ChannelName: string; DataSource: Record<string, unknown>; [member: string]: unknown };

/** The input side of a job. */
export type JobInputs = {
  channels: WireChannel[];
  trainingInputMode: InputMode;
  /** True when nothing is copied to the instances, so Downloading only fetches the image. */
  imageOnlyDownload: boolean;
  /** Version folder of the dataset (`v3`, `v2.1`) when the channels read a versioned dataset prefix. */
  datasetVersion?: string;
};

/** Job facts that the input channels depend on. */
export type InputRequest = {
  plan: JobPlan;
  profile: AlgorithmProfile;
  project: FleetProject;
  resources?: ResourcePlan;
  labelingJobName?: string;
};

/**
 * Builds InputDataConfig. Data lives under a few buckets with the project as
 * the first prefix (`s3://ml-datasets-<account>/<project>/<dataset>/<version>/<channel>/`),
 * so an S3 prefix filter selects a project's jobs.
 */
export function buildInputs(request: InputRequest, context: FleetContext, rng: SeededRandom): JobInputs {
  const { plan, profile, project } = request;
  const features = plan.features;
  const trainingInputMode: InputMode = features.has("pipeMode") ? "Pipe" : features.has("fastFileMode") ? "FastFile" : "File";
  const dataset = rng.pick(project.datasets);
  const version = rng.chance(0.7) ? `v${rng.int(1, 6)}` : `v${rng.int(1, 6)}.${rng.int(0, 9)}`;
  const versioned = rng.chance(0.75);
  const root = versioned
    ? `s3://ml-datasets-${context.accountId}/${project.name}/${dataset}/${version}`
    : `s3://sagemaker-${context.region}-${context.accountId}/${project.name}/data`;

  const channels = profile.channels.map((channelName, index) => {
    const channel: WireChannel = {
      ChannelName: channelName,
      DataSource: dataSourceFor(request, channelName, index, `${root}/${channelName}/`, context, rng),
    };
    if (profile.contentType !== undefined) {
      channel.ContentType = profile.contentType;
    }
    channel.CompressionType = index === 0 && features.has("gzipInput") ? "Gzip" : "None";
    channel.RecordWrapperType = "None";
    decorateChannel(channel, request, index, rng);
    return channel;
  });
  if (features.has("hubModel")) {
    channels.push(hubModelChannel(context));
  }

  const streamed = trainingInputMode !== "File" || channels.every((channel) => channel.DataSource.FileSystemDataSource !== undefined);
  const readsVersion = channels.some((channel) => String((channel.DataSource.S3DataSource as { S3Uri?: string } | undefined)?.S3Uri ?? "").startsWith(`${root}/`));
  return { channels, trainingInputMode, imageOnlyDownload: streamed, datasetVersion: versioned && readsVersion ? version : undefined };
}

function dataSourceFor(request: InputRequest, channelName: string, index: number, prefix: string, context: FleetContext, rng: SeededRandom): Record<string, unknown> {
  const { plan, project } = request;
  const features = plan.features;
  const { fsxLustreId, fsxMountName, efsId } = context.fileSystems;

  if (index === 0 && features.has("fsxLustre")) {
    const DirectoryPath = `/${fsxMountName}/${project.name}/${channelName}`;
    return { FileSystemDataSource: { FileSystemId: fsxLustreId, FileSystemAccessMode: "ro", FileSystemType: "FSxLustre", DirectoryPath } };
  }
  if (index === 0 && features.has("efs")) {
    const DirectoryPath = `/${project.name}/${channelName}`;
    return { FileSystemDataSource: { FileSystemId: efsId, FileSystemAccessMode: rng.pick(["ro", "rw"]), FileSystemType: "EFS", DirectoryPath } };
  }
  if (index === 0 && features.has("datasetSource")) {
    // NOTE: the DatasetArn layout is a guess; the SDK documents it only as "the ARN of the dataset resource".
    return { DatasetSource: { DatasetArn: `arn:aws:sagemaker:${context.region}:${context.accountId}:hub-content/${project.name}-hub/DataSet/${channelName}-conversations/1.0.${rng.int(0, 9)}` } };
  }

  const source: Record<string, unknown> = { S3DataType: "S3Prefix", S3Uri: prefix };
  if (features.has("augmentedManifest") && request.labelingJobName !== undefined) {
    source.S3DataType = "AugmentedManifestFile";
    source.S3Uri = `s3://ml-labeling-${context.accountId}/${request.labelingJobName}/manifests/output/${channelName}.manifest`;
    source.AttributeNames = request.profile.contentType === "text/plain" ? ["source", "label"] : ["source-ref", request.labelingJobName];
  } else if (features.has("manifestFile")) {
    source.S3DataType = "ManifestFile";
    source.S3Uri = `${prefix}${channelName}.manifest`;
  } else if (request.profile.family === "serverless") {
    source.S3DataType = "Converse";
    source.S3Uri = `${prefix}${channelName}.jsonl`;
  }
  source.S3DataDistributionType = index === 0 && features.has("shardedByS3Key") ? "ShardedByS3Key" : "FullyReplicated";

  const groups = request.resources?.instanceGroupNames;
  if (groups !== undefined) {
    source.InstanceGroupNames = [index === 0 ? groups[0] : groups[groups.length - 1]];
  }
  return { S3DataSource: source };
}

/** Adds the per-channel options some jobs set: record wrapping, input mode and shuffling. */
function decorateChannel(channel: WireChannel, request: InputRequest, index: number, rng: SeededRandom): void {
  const features = request.plan.features;
  if (features.has("augmentedManifest")) {
    channel.ContentType = "application/x-recordio";
    channel.RecordWrapperType = "RecordIO";
    channel.InputMode = "Pipe";
  }
  if (index === 0 && features.has("fastFileMode") && rng.chance(0.5)) {
    channel.InputMode = "FastFile";
  }
  if (index === 0 && features.has("shuffle")) {
    channel.ShuffleConfig = { Seed: rng.int(1, 99_999) };
  }
}

function hubModelChannel(context: FleetContext): WireChannel {
  const modelId = "meta-textgeneration-llama-3-8b";
  return {
    ChannelName: "model",
    DataSource: {
      S3DataSource: {
        S3DataType: "S3Prefix",
        S3Uri: `s3://jumpstart-private-cache-prod-${context.region}/meta-textgeneration/${modelId}/artifacts/inference-prepack/v1.0.0/`,
        S3DataDistributionType: "FullyReplicated",
        ModelAccessConfig: { AcceptEula: true },
        HubAccessConfig: {
          HubContentArn: `arn:aws:sagemaker:${context.region}:${context.accountId}:hub-content/genai-models/ModelReference/${modelId}/1.0.0`,
        },
      },
    },
    CompressionType: "None",
    RecordWrapperType: "None",
  };
}
