/** Site-wide settings read from the environment at build time. */
import { todayInBelgium } from './status.ts';

export const siteName = 'Protocollenregister';

/** Folder with the content collections; REGISTER_CONTENT_DIR points the build elsewhere. */
export function contentDir(): string {
  return (process.env.REGISTER_CONTENT_DIR ?? './content').replace(/\/$/, '');
}

/** The date the site is built for (YYYY-MM-DD). BUILD_DATE overrides it, for tests. */
export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return todayInBelgium();
}
