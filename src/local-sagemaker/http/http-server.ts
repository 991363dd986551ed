import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** A listening HTTP server and the way to stop it. */
export type RunningHttpServer = {
  port: number;
  /** Stops accepting connections, destroys open ones (keep-alive included) and resolves once closed. */
  close(): Promise<void>;
};

/** Starts a node:http server on `host`:`port` (0 picks a free port). */
export async function startHttpServer(listener: RequestListener, host: string, port: number): Promise<RunningHttpServer> {
  const server: Server = createServer((request, response) => {
    void listener(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
