// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://protocollenregister.example',
  output: 'static',
  trailingSlash: 'always',
  // compressHTML would join inline elements written on separate lines ("VLAIO" + "naar"
  // becomes "VLAIOnaar"), which breaks reading and search.
  compressHTML: false,
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // No telemetry, no third-party requests at build or run time.
});
