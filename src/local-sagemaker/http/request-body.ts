import type { IncomingMessage } from "node:http";
import { LocalServiceError } from "../service-error.js";

/** Largest request body accepted, in bytes; enough for a POST /_local/jobs with thousands of records. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Reads the whole body as UTF-8 text; a body over MAX_BODY_BYTES is rejected with 413. */
export async function readRequestBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new LocalServiceError(
        "RequestEntityTooLargeException",
        `Request body is larger than ${MAX_BODY_BYTES} bytes. Send fewer jobs per request.`,
        413,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
