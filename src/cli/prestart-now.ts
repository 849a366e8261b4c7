// The side effect of cli/prestart.ts, apart from it so that tests can import that one: imported first by the CLI's
// entry, this runs before the rest of the CLI is loaded (imports are evaluated in order).
import { prestartFor } from './prestart.js';

prestartFor(process.argv.slice(2));
