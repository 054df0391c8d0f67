import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server listens on 3000 by default; REFUGIO_API_URL points the dev server elsewhere.
const apiTarget = process.env.REFUGIO_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
});
