import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and probes for it when a
// schema is built; the page's CSP forbids eval, so the probe is reported as a violation. Every
// module that builds a zod schema imports this first (import order is evaluation order).
z.config({ jitless: true });
