import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devSecurityHeaders, securityHeaders } from './src/hosting/securityHeaders.ts';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  // Real headers: index.html's meta CSP cannot forbid framing (see src/hosting/securityHeaders.ts).
  server: { headers: { ...devSecurityHeaders } },
  preview: { port: 4173, strictPort: true, headers: { ...securityHeaders } },
});
