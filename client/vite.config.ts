/**
 * Vite config for the browser client. The client is a separate root so the server tree never
 * ends up in the bundle; in development `/api` is proxied to the Express API on port 8080, so the
 * page and the API share an origin exactly as in production.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: clientRoot,
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape (with fCoSE) is most of the bundle and cannot be split further; ~700 kB is expected.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
});
