// Chromium from Debian, driven by playwright-core; axe-core for WCAG checks.
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function launchOptions() {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium niet gevonden op ${chromiumPath}: installeer het met "apt-get install -y chromium" (of zet CHROMIUM_PATH).`);
  return {
    executablePath: chromiumPath,
    headless: true,
    // Without the background-networking flags Chromium keeps trying to reach Google's hosts.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

/** A Chromium of its own, for scripts (benchmarks) that run outside the test runner. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** One Chromium for the whole test run (started by tests/e2e/global-setup.ts); test files connect to it. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects a test file to the shared Chromium; each file gets its own connection and contexts. */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** Records every request that does not go to the local test server. */
export function trackExternalRequests(page: Page, baseUrl: string): string[] {
  const external: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) external.push(url);
  });
  return external;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules and returns the violations. */
export async function axeViolations(page: Page, tags: string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']): Promise<AxeViolation[]> {
  // Injected through evaluate, not a <script> tag, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, tags);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} @ ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
    .join('\n');
}
