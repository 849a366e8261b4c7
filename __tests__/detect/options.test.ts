import { describe, expect, it } from '@jest/globals';
import { createDetector, detect } from '../../src/detect/index.js';
import { fakeApiKey } from '../helpers/keys.js';

describe('createDetector', () => {
  const key = fakeApiKey('options');
  it('honours extra allow markers, case-insensitively, beside the built-in ones', () => {
    const text = Buffer.from(`a = "${key}" # NoSecret-Here\nb = "${key}" # gitleaks:allow\nc = "${key}"\n`);
    const matches = createDetector({ markers: ['nosecret-here'] })(text);
    expect(matches.map((m) => m.allowMarker)).toEqual(['nosecret-here', 'gitleaks:allow', undefined]);
  });
  it('is the default detector without options, and ignores blank markers', () => {
    const text = Buffer.from(`a = "${key}" # nosecret-here\n`);
    expect(detect(text)[0].allowMarker).toBeUndefined();
    expect(createDetector({ markers: ['', '  '] })(text)[0].allowMarker).toBeUndefined();
  });
});
