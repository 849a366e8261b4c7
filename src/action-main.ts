/** The bundle's entry (ncc -> dist/index.js): run the Action. `run` never throws; failures set the exit code. */
import { run } from './action.js';

void run();
