import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { createPubSub } from "@graphql-yoga/subscription";
import cors from "cors";
import express from "express";
import type { Logger } from "pino";

import { createAuthenticator, logAuthSettings, roleAuthChecker, SecretValuePolicy } from "../auth/index.js";
import type { GatewayConfig } from "../config/config.js";
import type { GatewayContext } from "../context/gateway-context.js";
import type { LocalSageMaker } from "../local-sagemaker/index.js";
import { addOperationalRoutes, createObservability } from "../observability/index.js";
import { ListCursorCodec } from "../sagemaker/list-cursor.js";
import { SageMakerApi } from "../sagemaker/sagemaker-api.js";
import { SharedJobCache } from "../sagemaker/shared-job-cache.js";
import type { SageMakerAccess } from "../sagemaker/training-job-gateway.js";
import { UpstreamMetrics } from "../sagemaker/upstream-metrics.js";
import { buildGatewaySchema } from "../schema/build-schema.js";
import { resolvers } from "../schema/resolvers.js";
import { JobWatcher, startSubscriptionServer } from "../subscriptions/index.js";
import { createContextFactory, type TrainingJobsFactory } from "./context-factory.js";
import { createLogger } from "./logger.js";
import {
  apolloSettings,
  bodyErrorHandler,
  corsOptions,
  internalErrorHandler,
  notFoundHandler,
  landingPagePlugin,
  requestPlugins,
  requireJsonBody,
} from "./plugins/index.js";
import { createErrorFormatter } from "./plugins/error-masking.js";
import { queryShapeRule } from "./plugins/query-shape.rule.js";
import { connectSageMaker } from "./sagemaker-source.js";

export type RunningGateway = {
  /** Base URL, e.g. `http://127.0.0.1:4000`. */
  url: string;
  /** GraphQL endpoint, `<url>/graphql`. */
  graphqlUrl: string;
  metrics: UpstreamMetrics;
  cache: SharedJobCache;
  localSageMaker?: LocalSageMaker;
  logger: Logger;
  /** The shared poller behind `trainingJobUpdated`. */
  jobUpdates: JobWatcher;
  /** Ends open subscriptions, stops accepting connections, drains requests in flight, then stops the local SageMaker. */
  close(): Promise<void>;
};

/** Starts the gateway: connects to SageMaker, builds the schema, and listens on `config.host:config.port`. */
export type GatewayOptions = {
  logger?: Logger;
  /** Replaces the per-request SageMaker facade; the benchmark's naive baseline uses it. */
  trainingJobsFactory?: TrainingJobsFactory;
};

export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const source = await connectSageMaker(config);

  const metrics = new UpstreamMetrics();
  const access: SageMakerAccess = {
    api: new SageMakerApi(source.client, metrics, config.sagemaker.maxConcurrentCallsPerOperation),
    cache: new SharedJobCache(config.cache),
    cursorCodec: new ListCursorCodec(config.cursorSecret),
    maxUpstreamPages: config.list.maxUpstreamPages,
    logger,
  };
  const secretValues = new SecretValuePolicy(config.auth.secretKeyPattern, config.auth.showSecretValues);
  const createContext = createContextFactory({ access, logger, trainingJobsFactory: options.trainingJobsFactory, secretValues });
  const authenticate = createAuthenticator(config.auth, logger);
  logAuthSettings(config.auth, logger);
  const jobUpdates = new JobWatcher(access, config.subscriptions, logger);
  access.onJobChanged = (change) => jobUpdates.recordChange(change);
  const { metrics: gatewayMetrics, observer, readiness } = createObservability({
    logger,
    api: access.api,
    upstream: metrics,
    cache: access.cache,
    readinessWindowMs: config.http.readinessWindowMs,
    probeTimeoutMs: config.limits.requestDeadlineMs,
  });

  const schema = await buildGatewaySchema({ resolvers, pubSub: createPubSub(), authChecker: roleAuthChecker });
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);

  const apollo = new ApolloServer<GatewayContext>({
    schema,
    ...apolloSettings(config),
    // The process's own SIGTERM/SIGINT handler stops the gateway in order
    // (WebSocket, poller, Apollo, HTTP, local SageMaker). Apollo's handler
    // would stop Apollo alone first, and the two stops then waited on each
    // other until the shutdown deadline.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownGraceMs }),
      // SageMaker data carries no HTTP cache hints; skipping the plugin saves work on every field.
      ApolloServerPluginCacheControlDisabled(),
      landingPagePlugin(config.http.landingPage),
      ...requestPlugins(config, observer),
    ],
  });
  await apollo.start();

  addOperationalRoutes(app, { readiness, metrics: gatewayMetrics });
  const reject = observer.markRejected.bind(observer);
  app.use(
    "/graphql",
    cors<cors.CorsRequest>(corsOptions(config.http.corsOrigins)),
    observer.middleware(),
    express.json({ limit: config.limits.maxBodyBytes }),
    bodyErrorHandler(reject),
    requireJsonBody(reject),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => observer.bindContext(res, createContext(await authenticate({ headers: req.headers }), req.headers)),
    }),
  );
  app.use(notFoundHandler());
  app.use(internalErrorHandler(logger));

  await listen(httpServer, config.host, config.port);
  // Attached once the port is ours: a WebSocket server on a server that failed
  // to listen would report the failure again as its own internal error.
  const subscriptionServer = startSubscriptionServer({
    httpServer,
    path: "/graphql",
    schema,
    authenticate,
    createContext,
    jobUpdates,
    validationRules: [queryShapeRule(config.limits)],
    maxTokens: config.limits.maxTokens,
    logger,
    production: config.production,
    formatError: createErrorFormatter({ mask: config.http.maskErrors }),
  });
  const url = baseUrl(httpServer);
  logger.info(
    { event: "gateway_started", url: `${url}/graphql`, source: source.description },
    `Gateway ready at ${url}/graphql, serving jobs from ${source.description}`,
  );

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    metrics,
    cache: access.cache,
    localSageMaker: source.localSageMaker,
    logger,
    jobUpdates,
    close: async () => {
      readiness.markStopping();
      await subscriptionServer.dispose();
      await jobUpdates.close();
      await apollo.stop();
      await closeServer(httpServer);
      await source.localSageMaker?.close();
      source.client.destroy();
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}

function baseUrl(server: Server): string {
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => server.close(() => resolve()));
}
