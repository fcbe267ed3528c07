import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Root is packages/web (`vite build packages/web`); the server serves `dist/` and the dev server proxies the API.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~1 MB before gzip; routes and ECharts are split off by dynamic import.
    chunkSizeWarningLimit: 1600,
  },
});
