/// <reference types="vitest/config" />
// getViteConfig gives unit tests Astro's virtual modules (astro:content for reference()).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser and build tests start Chromium and Astro: run files one at a time on 2 cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
