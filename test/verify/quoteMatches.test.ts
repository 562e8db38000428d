import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alteredInPlace, pickOccurrence, prepareDocument, quoteOccurrences, selectorsOf } from '../../src/verify/quoteMatches.js';

/** `text` as the whitespace rule compares it: NFC, each run of Unicode White_Space as one space, none at either end. */
const squeezed = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\p{White_Space}+/gu, ' ')
    .replace(/^ | $/g, '');

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

  it('quoteOccurrences(document, quote) takes exactly Unicode White_Space as whitespace: U+0085 is, U+FEFF, U+200B and U+2060 are not', () => {
    expect(quoteOccurrences('a\u0085b', 'a b')).toEqual([{ start: 0, end: 3 }]);
    expect(quoteOccurrences('a\u3000\u2028 b', 'a\tb')).toEqual([{ start: 0, end: 5 }]);
    for (const format of ['\ufeff', '\u200b', '\u2060']) {
      expect(quoteOccurrences(`a${format}b`, 'a b')).toEqual([]);
      expect(quoteOccurrences(`x a${format}b`, `a${format}b`)).toEqual([{ start: 2, end: 5 }]);
      expect(quoteOccurrences(`a ${format}b`, 'a b')).toEqual([]);
    }
  });

  it('quoteOccurrences(document, quote) compares in NFC: an NFD copy holds an NFC quote, at code point offsets of the NFC text', () => {
    const nfc = 'À Montréal, 12 startups.';
    expect(quoteOccurrences(nfc.normalize('NFD'), 'Montréal, 12')).toEqual([{ start: 2, end: 14 }]);
    expect(quoteOccurrences(nfc, 'Montréal, 12'.normalize('NFD'))).toEqual([{ start: 2, end: 14 }]);
  });

  it('quoteOccurrences(document, quote) finds a quote that starts or ends with a letter or digit only where no letter, digit or mark runs on from it', () => {
    expect(quoteOccurrences('sales grew 125% in 2024', 'sales grew 12')).toEqual([]);
    expect(quoteOccurrences('sales grew 12% in 2024', 'sales grew 12')).toEqual([{ start: 0, end: 13 }]);
    expect(quoteOccurrences('in 12024 and in 2024', '2024')).toEqual([{ start: 16, end: 20 }]);
    expect(quoteOccurrences('Parisian startups', 'Paris')).toEqual([]);
    expect(quoteOccurrences('ça\u0332 va', 'ça')).toEqual([]);
    expect(quoteOccurrences('(12%) 12', '(12')).toEqual([{ start: 0, end: 3 }]);
    // A lower-case letter before an upper-case one is where the copy lost a separator.
    expect(quoteOccurrences('3 pulledFor decades', 'For decades')).toEqual([{ start: 8, end: 19 }]);
    expect(quoteOccurrences('3 PULLEDFor decades', 'For decades')).toEqual([]);
  });

  it('quoteOccurrences(document, quote) finds overlapping repeats of a periodic quote in a periodic document, each once', () => {
    const quote = Array.from({ length: 150 }, () => 'a').join(' ');
    const document = 'a '.repeat(500_000);
    const occurrences = quoteOccurrences(document, quote);
    expect(occurrences.length).toBe(500_000 - 149);
    expect(occurrences.at(-1)).toEqual({ start: 2 * (500_000 - 150), end: 2 * (500_000 - 150) + quote.length });
  });

  it('quoteOccurrences(document, quote) reports spans whose code points are the quote under the whitespace rule, for any text (astral characters and whitespace runs included)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'Z', '7', 'é', '😀', '𝒳', '\ufeff', '’', '.', '%'), minLength: 1, maxLength: 6 });
    const space = fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u0085', '\u3000', '\u2028'), minLength: 1, maxLength: 3 });
    const text = fc.array(fc.tuple(word, space), { maxLength: 8 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 5 }), space, text, (before, words, gap, after) => {
        const quote = words.join(' ');
        const document = `${before} ${words.join(gap)} ${after}`;
        const codePoints = [...document];
        const occurrences = quoteOccurrences(document, quote);
        const start = [...`${before} `].length;
        expect(occurrences).toContainEqual({ start, end: start + [...words.join(gap)].length });
        for (const occurrence of occurrences) expect(squeezed(codePoints.slice(occurrence.start, occurrence.end).join(''))).toBe(squeezed(quote));
      }),
    );
  });
  it('quoteOccurrences(document, quote) finds a quote beside a character only where the two do not run on as one word, by Unicode classes, in ASCII and beyond', () => {
    // Letters (upper and lower case), digits, marks and others, in ASCII and beyond: the rule as Unicode's classes state it.
    const character = fc.constantFrom('a', 'z', 'A', 'Z', '0', '9', '_', '.', '%', '-', 'é', 'É', 'ß', 'σ', 'Σ', '\u0301', '٣', '😀', '𝒳', '𝐀', '’');
    const word = (text: string) => /[\p{L}\p{N}\p{M}]/u.test(text);
    const runsOn = (left: string, right: string) => word(left) && word(right) && !(/\p{Ll}/u.test(left) && /\p{Lu}/u.test(right));
    fc.assert(
      fc.property(character, character, character, (left, quote, right) => {
        // The quote's occurrence after `left`, and the one before `right` (another occurrence, where it repeats, is not asked about).
        const at = (document: string, start: number) => quoteOccurrences(document, quote).some((occurrence) => occurrence.start === start);
        expect([at(`${left}${quote} .`, 1), at(`. ${quote}${right}`, 2)]).toEqual([!runsOn(left, quote), !runsOn(quote, right)]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('prepareDocument(document)', () => {
  it('prepareDocument(document) squeezes each whitespace run to one space and maps each index to its code point offset, in one pass', () => {
    expect(prepareDocument('😀 \n a')).toEqual({ squeezed: '😀 a', offsets: Uint32Array.from([0, 0, 1, 4, 5]) });
    expect(prepareDocument('\u0085x\ufeff𝒳\u00a0\u00a0')).toEqual({ squeezed: ' x\ufeff𝒳 ', offsets: Uint32Array.from([0, 1, 2, 3, 3, 4, 6]) });
    expect(prepareDocument('')).toEqual({ squeezed: '', offsets: Uint32Array.from([0]) });
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
  });
});

describe('pickOccurrence(document, quote, selectors)', () => {
  it('pickOccurrence picks the occurrence at the recorded position, else the one the prefix and suffix match, else the nearest', () => {
    const document = 'one: the figure. two: the figure. three: the figure.';
    const occurrences = quoteOccurrences(document, 'the figure');
    const recorded = selectorsOf(document, occurrences[1]!);
    expect(pickOccurrence(prepareDocument(document), 'the figure', recorded)).toEqual({ occurrence: occurrences[1], atRecordedPosition: true });
    const moved = prepareDocument(`X${document}`);
    expect(pickOccurrence(moved, 'the figure', recorded)?.occurrence.start).toBe(occurrences[1]!.start + 1);
    const noContext = { ...recorded, textQuote: { ...recorded.textQuote, prefix: 'nowhere', suffix: '' } };
    expect(pickOccurrence(moved, 'the figure', noContext)).toEqual({
      occurrence: { start: occurrences[1]!.start + 1, end: occurrences[1]!.end + 1 },
      atRecordedPosition: false,
    });
    expect(pickOccurrence(prepareDocument(document), 'the figure', undefined)).toEqual({ occurrence: occurrences[0], atRecordedPosition: false });
    expect(pickOccurrence(prepareDocument(document), 'no figure', recorded)).toBeUndefined();
  });
});

describe('alteredInPlace(document, quote, selectors)', () => {
  it('alteredInPlace is true where the recorded prefix still ends at the recorded start and the quote does not start there', () => {
    const document = 'Our count: Harbor Bay is home to 12 AI unicorns. The end.';
    const quote = 'Harbor Bay is home to 12 AI unicorns.';
    const selectors = selectorsOf(document, quoteOccurrences(document, quote)[0]!);
    expect(alteredInPlace(prepareDocument(document), quote, selectors)).toBe(false);
    expect(alteredInPlace(prepareDocument(document.replace('12 AI', '21 AI')), quote, selectors)).toBe(true);
    expect(alteredInPlace(prepareDocument(document.replace('12 AI', '125 AI')), quote, selectors)).toBe(true);
    expect(alteredInPlace(prepareDocument(document.replace(quote, '')), quote, selectors)).toBe(true);
    expect(alteredInPlace(prepareDocument(`Header\n${document.replace('12 AI', '21 AI')}`), quote, selectors)).toBe(false);
    expect(alteredInPlace(prepareDocument(document.replace('Harbor Bay is', 'Harbor  Bay is')), quote, selectors)).toBe(false);
    const atStart = selectorsOf(quote, { start: 0, end: [...quote].length });
    expect(alteredInPlace(prepareDocument(quote.replace('12', '21')), quote, atStart)).toBe(false);
  });
});
