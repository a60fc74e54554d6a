/**
 * Vite config for the browser client. The client is a separate root so the server tree never
 * ends up in the bundle; in development `/api` is proxied to the Express API on port 8080, so the
 * page and the API share an origin exactly as in production.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * main.ts loads the workbench with a dynamic import, so that its first lines run before the big
 * bundle has arrived. Vite preloads a dynamic import's files only when the import runs; this asks
 * the browser for them from the page itself, alongside main.ts.
 */
function preloadWorkbench(): Plugin {
  return {
    name: 'actor-map:preload-workbench',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = new Map(
          Object.values(context.bundle ?? {}).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
        );
        const entry = [...chunks.values()].find(
          (chunk) => chunk.facadeModuleId === fileURLToPath(new URL('./workbench.ts', import.meta.url)),
        );
        if (!entry) throw new Error('vite.config.ts: no workbench chunk to preload');
        // The workbench chunk and every chunk it imports statically (Cytoscape has one of its own).
        const scripts = new Set<string>();
        const visit = (fileName: string) => {
          if (scripts.has(fileName)) return;
          scripts.add(fileName);
          chunks.get(fileName)?.imports.forEach(visit);
        };
        visit(entry.fileName);
        const styles = new Set([...scripts].flatMap((fileName) => [...(chunks.get(fileName)?.viteMetadata?.importedCss ?? [])]));
        const notYetLinked = (file: string) => !html.includes(file);
        return [
          ...[...scripts].filter(notYetLinked).map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...styles]
            .filter(notYetLinked)
            .map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: clientRoot,
  plugins: [preloadWorkbench()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // The layout worker carries its own Cytoscape and fCoSE (~570 kB), the largest chunk; the page has one for Cytoscape.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
});
