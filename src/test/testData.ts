import { fileURLToPath } from 'node:url';

/**
 * The repository's own `test-data/` folder (golden curves, MMDetection fixtures with their
 * expected loader output). Resolved from this file's location, not the working directory, so
 * tests, scripts and e2e specs find it from any cwd and in any clone.
 */
export const testDataDir: string = fileURLToPath(new URL('../../test-data/', import.meta.url)).replace(/[\\/]$/, '');

