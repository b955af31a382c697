// Once for all build and browser tests: builds the fixture register with a fixed build date and
// starts the one Chromium that every test file connects to (see sharedBrowser in fixture.ts).
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { fixtureContentDir, testSiteDir } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_TEST_BUILD !== '1') {
    const result = await buildSite(fixtureContentDir, resolve(testSiteDir));
    if (result.status !== 0) {
      console.error(result.output);
      throw new Error('Het bouwen van de testsite is mislukt');
    }
  }
  const server = await launchBrowserServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
