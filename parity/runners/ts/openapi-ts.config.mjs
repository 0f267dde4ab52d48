// @hey-api/openapi-ts: the TypeScript client of openapi.yaml (fetch client, types, SDK).
// `make generate` writes it to generated/typescript (committed); `make check-generated`
// writes it to a scratch folder named by OPENAPI_TS_OUTPUT and compares.
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  input: here('../../../openapi.yaml'),
  output: { path: process.env.OPENAPI_TS_OUTPUT || here('../../../generated/typescript'), postProcess: [] },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { level: 'warn' },
};
