import { defineConfig } from 'vitest/config';

// `npm test`: everything a fresh clone can run, with no network, root or outside data.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
