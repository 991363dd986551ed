import { pino } from "pino";
import { DEFAULT_SERVER_SETTINGS, readLocalSageMakerOptionsFromEnv, startLocalSageMaker, type LocalSageMakerOptions } from "./index.js";

/**
 * Runs the local SageMaker alone (`npm run local-sagemaker`), configured by
 * LOCAL_SAGEMAKER_* variables. Run alone, jobs progress every 5 s and at
 * least 3 jobs are kept running, so that a frontend always has changes to display.
 */
const STANDALONE_DEFAULTS: Partial<LocalSageMakerOptions> = {
  progressionIntervalMs: 5_000,
  minActiveJobs: 3,
};

const logger = pino({ name: "local-sagemaker" });

async function main(): Promise<void> {
  const options = { ...STANDALONE_DEFAULTS, ...readLocalSageMakerOptionsFromEnv(process.env), logger };
  const server = await startLocalSageMaker(options);
  const behaviour = server.behaviour();

  logger.info(
    {
      url: server.url,
      fleetSize: options.fleetSize ?? DEFAULT_SERVER_SETTINGS.fleetSize,
      seed: options.seed ?? DEFAULT_SERVER_SETTINGS.seed,
      jobsDir: options.jobsDir ?? null,
      behaviour,
    },
    `local SageMaker listening; point any AWS SDK at it with AWS_ENDPOINT_URL_SAGEMAKER=${server.url}`,
  );

  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, "stopping the local SageMaker");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "the local SageMaker did not close cleanly");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  logger.error({ err: error }, "the local SageMaker could not start");
  process.exit(1);
});
