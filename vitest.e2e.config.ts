import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: checks with real outside clients and data; each fails when its client or
// data is missing, never skips.
export default defineConfig({ test: { include: ['e2e/**/*.test.ts'], testTimeout: 120000 } });
