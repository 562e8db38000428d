import { describe, expect, it } from 'vitest';
import { codePointOffset, pickOccurrence, quoteOccurrences, selectorsOf } from '../../src/verify/quoteMatches.js';

describe('quoteOccurrences(document, quote)', () => {
  it('quoteOccurrences(document, quote) matches any whitespace run (no-break spaces, line breaks) with any other, and finds every repeat', () => {
    expect(quoteOccurrences('a\u00a0b c a\n\nb', 'a b')).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 10 },
    ]);
    expect(quoteOccurrences('a (b) [c]?', '(b) [c]?')).toEqual([{ start: 2, end: 10 }]);
    expect(quoteOccurrences('abc', 'abd')).toEqual([]);
    expect(quoteOccurrences('abc', '  ')).toEqual([]);
  });
});

describe('selectorsOf(document, occurrence)', () => {
  it('selectorsOf(document, occurrence) grows the prefix and suffix in steps of 8 until the triple is unique, and counts code points', () => {
    const document = 'AAAAAAAAxxxxxxx the figure yyyyyyy. BBBBBBBBxxxxxxx the\nfigure yyyyyyy.';
    const [first, second] = quoteOccurrences(document, 'the figure');
    expect(selectorsOf(document, first!).textQuote).toEqual({ type: 'TextQuoteSelector', exact: 'the figure', prefix: 'xxxxxxx ', suffix: ' yyyyyyy' });
    expect(selectorsOf(document, second!).textQuote).toEqual({ type: 'TextQuoteSelector', exact: 'the\nfigure', prefix: 'xxxxxxx ', suffix: ' yyyyyyy' });
    const same = 'AAAAAAAAxxxxxxx the figure yyyyyyy. BBBBBBBBxxxxxxx the figure yyyyyyy.';
    expect(selectorsOf(same, quoteOccurrences(same, 'the figure')[1]!).textQuote).toMatchObject({ prefix: 'BBBBBBBBxxxxxxx ', suffix: ' yyyyyyy.' });
    const astral = '😀😀 the figure';
    const [only] = quoteOccurrences(astral, 'the figure');
    expect(selectorsOf(astral, only!).textPosition).toEqual({ type: 'TextPositionSelector', start: 3, end: 13 });
    expect(selectorsOf(astral, only!).textQuote.prefix).toBe('😀😀 ');
    expect(codePointOffset(astral, 5)).toBe(3);
  });
});

describe('pickOccurrence(document, occurrences, selectors)', () => {
  it('pickOccurrence picks the occurrence at the recorded position, else the one the prefix and suffix match, else the nearest', () => {
    const document = 'one: the figure. two: the figure. three: the figure.';
    const occurrences = quoteOccurrences(document, 'the figure');
    const recorded = selectorsOf(document, occurrences[1]!);
    expect(pickOccurrence(document, occurrences, recorded)).toEqual({ occurrence: occurrences[1], atRecordedPosition: true });
    const moved = `X${document}`;
    expect(pickOccurrence(moved, quoteOccurrences(moved, 'the figure'), recorded)?.occurrence.start).toBe(occurrences[1]!.start + 1);
    const noContext = { ...recorded, textQuote: { ...recorded.textQuote, prefix: 'nowhere', suffix: '' } };
    expect(pickOccurrence(moved, quoteOccurrences(moved, 'the figure'), noContext)).toEqual({
      occurrence: { start: occurrences[1]!.start + 1, end: occurrences[1]!.end + 1 },
      atRecordedPosition: false,
    });
    expect(pickOccurrence(document, [], recorded)).toBeUndefined();
  });
});
