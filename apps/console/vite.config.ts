import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  // Apollo Client reads __DEV__: false drops its development messages ("Download the Apollo DevTools") and checks.
  define: { __DEV__: 'false' },
  resolve: {
    // Workspace packages are consumed from source: one compile, no stale dist.
    alias: {
      '@tierwise/client': here('../../packages/client/src/index.ts'),
      '@tierwise/domain': here('../../packages/domain/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true } },
  },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 2000 },
});
