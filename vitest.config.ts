import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A guard against a hang, not a speed limit (speed is in `npm run bench`): CLI tests spawn Node,
    // which took over 30 s on a 2-core machine at load 20.
    testTimeout: 60_000,
  },
});
