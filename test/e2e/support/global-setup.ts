// Once per `npm run test:e2e`: Debian's chromium must be there (never a downloaded browser), and the
// production build is made (or taken from dist/ in CI, or from the cache) before any test runs.
import { existsSync } from 'node:fs';
import { CHROMIUM } from './browser';
import { productionBuild } from './build';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does); the e2e tests never download a browser`);
  }
  process.env.PERF_E2E_DIR = await productionBuild((line) => process.stdout.write(`${line}\n`));
}
