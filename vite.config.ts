import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devSecurityHeaders, securityHeaders } from './src/hosting/securityHeaders.ts';

/**
 * src/core is pure (lint-enforced: no DOM, no framework, nothing runs at import but
 * declarations), so a module of it that nothing uses can be dropped even when it is reached
 * through the public barrel src/core/index.ts: the barrel then costs the first screen nothing.
 */
function pureCore(id: string): boolean {
  // The one exception: configuring zod (jitless, so it never probes eval under the CSP) is the
  // whole point of that module, and it must run before any schema is built.
  if (/[\\/]zodJitless\.ts$/.test(id)) return true;
  return !/[\\/]src[\\/]core[\\/]/.test(id);
}

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { treeshake: { moduleSideEffects: pureCore } },
  },
  worker: { format: 'es', rolldownOptions: { treeshake: { moduleSideEffects: pureCore } } },
  // Real headers: index.html's meta CSP cannot forbid framing (see src/hosting/securityHeaders.ts).
  server: { headers: { ...devSecurityHeaders } },
  preview: { port: 4173, strictPort: true, headers: { ...securityHeaders } },
});
