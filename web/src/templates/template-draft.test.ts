import { describe, expect, it } from 'vitest';
import { insertAt, moveBlock, textPath, unknownFields, withText } from './template-draft';

describe('template drafts', () => {
  it('types a field over the selection and puts the cursor after it', () => {
    expect(insertAt('Expediente .', 11, 11, '{{case.number}}')).toEqual({
      text: 'Expediente {{case.number}}.',
      cursor: 26,
    });
    expect(insertAt('a XX b', 2, 4, '{{office.city}}').text).toBe('a {{office.city}} b');
    // A cursor remembered past the end (the text was shortened since) goes to the end.
    expect(insertAt('abc', 10, 12, '!')).toEqual({ text: 'abc!', cursor: 4 });
  });

  it('moves a block by one place and never past either end', () => {
    expect(moveBlock(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveBlock(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveBlock(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveBlock(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('names the fields a text uses that the kind lacks, once each, and none when all are known', () => {
    const known = new Set(['case.number', 'office.city']);
    expect(unknownFields('{{case.number}} {{interview.place}} {{ foo }} {{interview.place}}', known)).toEqual(
      ['interview.place', 'foo'],
    );
    expect(unknownFields('{{case.number}} en {{office.city}}', known)).toEqual([]);
  });

  it('addresses a text as the server names it in a refusal', () => {
    const list = { type: 'list' as const, items: ['a', 'b'] };
    expect(textPath(3, list, 1)).toBe('body.3.items.1');
    expect(textPath(0, { type: 'paragraph', text: '' }, null)).toBe('body.0.text');
    expect(textPath(5, { type: 'signature', lines: [''] }, 0)).toBe('body.5.lines.0');
    expect(withText(list, 1, 'c')).toEqual({ type: 'list', items: ['a', 'c'] });
  });
});
