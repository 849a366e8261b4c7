import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { mentionLine, parseMentions } from '../../../src/report/github/mentions.js';

describe('parseMentions', () => {
  it('takes @user and @org/team handles, separated by spaces, commas or new lines, each once', () => {
    expect(parseMentions(' @alice, @acme/security\n@Alice  @bob-2 ')).toEqual(['@alice', '@acme/security', '@bob-2']);
    expect(parseMentions('')).toEqual([]);
  });

  it.each([
    'alice', '@', '@-alice', '@alice-', '@al--ice', '@acme/', '@acme/sec/ops', '@a<b>', '@alice)', '[@alice](https://x)',
    '@acme/team`x', `@${'a'.repeat(40)}`, '#1', '@alice\u200b',
  ])('refuses %j in one line naming the input', (value) => {
    expect(() => parseMentions(`@ok ${value}`, 'input mention')).toThrow(UserError);
    expect(() => parseMentions(value, 'input mention')).toThrow(/^input mention: ".*" is not a GitHub handle \(expected @user or @org\/team\)$/);
  });
});

describe('mentionLine', () => {
  it('only when a key may be live (live, unknown, unchecked), and only with handles', () => {
    expect(mentionLine(['live', 'invalid', 'unchecked'], ['@a'])).toBe('@a: 2 keys may be live and need rotating.');
    expect(mentionLine(['unknown'], ['@a', '@o/t'])).toBe('@a @o/t: 1 key may be live and needs rotating.');
    expect(mentionLine(['invalid'], ['@a'])).toBeUndefined();
    expect(mentionLine(['live'], [])).toBeUndefined();
  });
});
