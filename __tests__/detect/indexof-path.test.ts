/**
 * The detector's suites again, on the fallback path: the prefilters' needles found by Buffer.indexOf per needle
 * (where WebAssembly SIMD is missing) instead of the Teddy pass the other runs use. Same inputs, same answers.
 */
import { useSearchPath } from '../../src/detect/search/index.js';

useSearchPath('indexOf');

await import('./base64.test.js');
await import('./binary.test.js');
await import('./contexts.test.js');
await import('./decoders.test.js');
await import('./negatives.test.js');
await import('./options.test.js');
await import('./plausible.test.js');
await import('./position.test.js');
await import('./properties.test.js');
await import('./variant.test.js');
