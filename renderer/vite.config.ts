import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The renderer is built once and served by the Electron app:// protocol or by browser mode's HTTP server.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // Keep the CSP strict: no inline <script> for module preload polyfills.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
