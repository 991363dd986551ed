import "reflect-metadata";

import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { printGatewaySchema, SCHEMA_FILE_URL } from "./print-schema.js";

// `npm run schema`: writes schema/schema.graphql from the resolvers in
// resolvers.ts. Commit the result; a test fails when the file is stale.
const sdl = await printGatewaySchema();
await mkdir(new URL(".", SCHEMA_FILE_URL), { recursive: true });
await writeFile(SCHEMA_FILE_URL, sdl, "utf8");
console.log(`Wrote ${fileURLToPath(SCHEMA_FILE_URL)} (${sdl.length} characters).`);
