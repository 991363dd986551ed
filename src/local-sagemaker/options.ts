import type { BehaviourUpdate } from "./behaviour/behaviour-update.js";
import type { StoredJob } from "./wire.js";

/** Receives the server's own events; pino's Logger fits. */
export type LocalSageMakerLogger = {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
};

/** Server settings: the listening address and the jobs at start. */
export type ServerSettings = {
  /** Interface to listen on; keep the loopback default unless others must reach it. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Number of generated jobs; 0 starts without generated jobs. */
  fleetSize: number;
  /** Seed of the generated jobs, the fault draws and the progression choices. */
  seed: number;
  /** Moment the generated fleet is built around; defaults to the start time. */
  now?: Date;
  /** Folder of DescribeTrainingJob JSON files loaded after the fleet (a record replaces a generated job of the same name). */
  jobsDir?: string;
  /** Jobs added after the fleet and the folder, for tests and embedding. */
  jobs: StoredJob[];
  region: string;
  /** 12-digit account id written into the ARNs of new jobs. */
  accountId: string;
  logger?: LocalSageMakerLogger;
};

/** Every option of startLocalSageMaker: server settings plus the initial behaviour (see Behaviour). */
export type LocalSageMakerOptions = ServerSettings & Required<BehaviourUpdate>;

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  host: "127.0.0.1",
  port: 0,
  fleetSize: 400,
  seed: 1,
  jobs: [],
  region: "us-east-1",
  accountId: "111122223333",
};
