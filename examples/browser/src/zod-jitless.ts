/**
 * zod probes `new Function` (to compile faster object parsers) when its schemas are made, unless told not to; under
 * `script-src 'self'` the probe is a reported CSP violation. The app — not the library, which touches no global zod
 * configuration — turns it off. Imported first by main.ts, so it runs before any schema is made.
 */
import { config } from 'zod';

config({ jitless: true });
