import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/agents/voice-forge/sentences.js';
describe('splitSentences', () => {
    it.each([
        ['. ! ? end sentences', 'Hello there. How are you? I am fine!', ['Hello there.', 'How are you?', 'I am fine!']],
        ['titles do not', 'Dr. Smith met Mrs. Jones. They talked.', ['Dr. Smith met Mrs. Jones.', 'They talked.']],
        ['e.g. and i.e. do not, even before a capital', 'Use a runner, e.g. Vitest. It is fast, i.e. Quick.', ['Use a runner, e.g. Vitest.', 'It is fast, i.e. Quick.']],
        ['a lower-case next word does not', 'We met at 5 p.m. on Friday. Then we left.', ['We met at 5 p.m. on Friday.', 'Then we left.']],
        ['initials and dotted acronyms do not', 'J. R. R. Tolkien lived in the U.K. and wrote. He died.', ['J. R. R. Tolkien lived in the U.K. and wrote.', 'He died.']],
        ['numbered references do not', 'See No. 5 and Fig. 3 on p. 12. Done.', ['See No. 5 and Fig. 3 on p. 12.', 'Done.']],
        ['decimals do not', 'It costs 3.50 dollars. Cheap.', ['It costs 3.50 dollars.', 'Cheap.']],
        ['et al. does not', 'Smith et al. Showed it. Fine.', ['Smith et al. Showed it.', 'Fine.']],
        ['closing quotes stay with their sentence', 'He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
        ['an ellipsis ends one only before a capital', 'Wait… what? Really... Yes.', ['Wait… what?', 'Really...', 'Yes.']],
        ['?! together end one', 'What?! No way.', ['What?!', 'No way.']],
        ['text without a final stop is kept', 'First. And then', ['First.', 'And then']],
    ])('%s', (_name, text, expected) => {
        expect(splitSentences(text)).toEqual(expected);
    });
    it('treats blank lines as breaks and single line breaks as spaces', () => {
        const text = 'A Title\n\nThe first line\nwraps here. Second one.\r\n\r\n\r\nLast paragraph';
        expect(splitSentences(text)).toEqual(['A Title', 'The first line wraps here.', 'Second one.', 'Last paragraph']);
    });
    it('starts a piece at each list item or heading and drops the markers', () => {
        expect(splitSentences('# Shopping\nWe need:\n- apples\n* pears\n• figs\n1. bread')).toEqual(['Shopping', 'We need:', 'apples', 'pears', 'figs', '1. bread']);
    });
    it('collapses whitespace and drops pieces with nothing to speak', () => {
        expect(splitSentences('  Hello \t  world.   ...   !!! \n\n — \n\n')).toEqual(['Hello world.']);
        expect(splitSentences('... ?! —')).toEqual([]);
    });
    it('cuts long sentences after a clause mark, keeping every piece under the cap and every word', () => {
        const clause = 'the quick brown fox jumps over the lazy dog';
        const long = `${Array.from({ length: 12 }, () => clause).join(', ')}.`;
        const pieces = splitSentences(long, { maxChars: 100 });
        expect(pieces.length).toBeGreaterThan(4);
        for (const piece of pieces)
            expect(piece.length).toBeLessThanOrEqual(100);
        for (const piece of pieces.slice(0, -1))
            expect(piece.endsWith(',')).toBe(true);
        expect(pieces.join(' ')).toBe(long);
    });
    it('falls back to spaces, then to a hard cut that never splits a surrogate pair', () => {
        const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
        const byWords = splitSentences(words, { maxChars: 30 });
        expect(byWords.every((p) => p.length <= 30)).toBe(true);
        expect(byWords.join(' ')).toBe(words);
        const unbroken = `${'a'.repeat(29)}😀${'b'.repeat(40)}`;
        const hard = splitSentences(unbroken, { maxChars: 30 });
        expect(hard.join('')).toBe(unbroken);
        expect(hard.every((p) => p.length <= 30 && !/[\ud800-\udbff]$/.test(p))).toBe(true);
    });
    it('refuses a silly cap', () => {
        expect(() => splitSentences('x', { maxChars: 5 })).toThrow(RangeError);
    });
});
//# sourceMappingURL=voice-forge-sentences.test.js.map