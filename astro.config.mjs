// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { astroCacheDir, pageCacheEnabled, siteUrl } from './src/lib/site/config.node.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/site/security.node.ts';

export default defineConfig({
  // The published address, from site.config.json or SITE_URL; http://localhost:4321 otherwise.
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  // compressHTML would join inline elements written on separate lines ("VLAIO" + "naar"
  // becomes "VLAIOnaar"), which breaks reading and search.
  compressHTML: false,
  integrations: [mdx()],
  // Content bodies are rendered by the register itself (src/lib/content/body.ts); no Shiki,
  // whose inline styles a Content-Security-Policy would block.
  markdown: { syntaxHighlight: false },
  // Four pages at a time: rendering one page while another is written to disk (measured at
  // 5,000 protocols: 27 s of page generation at 1, 20 s at 4; 2 and 8 were slower).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // A page whose view, settings and code are unchanged is copied from the previous build instead
  // of rendered again (src/astro/cache-key.ts); scripts/build.ts verifies that cache first.
  experimental: { incrementalBuild: pageCacheEnabled() },
  // A Content-Security-Policy <meta> on every page, with hashes for what Astro emits.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  // Separate caches per content folder and output (set by scripts/build.ts), so builds of the
  // real and the synthetic corpus never share a content-layer cache.
  cacheDir: astroCacheDir(),
  // No telemetry, no third-party requests at build or run time.
});
