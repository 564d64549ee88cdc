import { contentRuns, contentWordForms } from './score.js';
/**
 * Names segments that have no heading of their own in the source. Each word of a block
 * gets a tf-idf weight across blocks (used often here, rarely elsewhere), so a word the
 * whole text repeats does not name every segment; topic terms weigh nothing, since the
 * intro already says the topic. A block is named by the two-word phrase it repeats
 * ("parent span", "language model") whose words weigh most; without one, by its two
 * weightiest repeated words ("Latency and buffers"), repetition being the best hint,
 * short of a part-of-speech tagger, that a word is a subject rather than a verb; else by
 * its weightiest word.
 */
export class HeadingNamer {
    blocks;
    phrases = new Map();
    words = new Map();
    topicTerms;
    constructor(blocks, topicTerms) {
        this.blocks = blocks;
        this.topicTerms = topicTerms;
        let position = 0;
        blocks.forEach((block, b) => {
            for (const sentence of block) {
                for (const run of contentRuns(sentence.text)) {
                    for (let i = 0; i + 1 < run.length; i++) {
                        const [a, c] = [run[i], run[i + 1]];
                        if (topicTerms.has(a.stem) && topicTerms.has(c.stem))
                            continue;
                        this.count(this.phrases, `${a.stem} ${c.stem}`, `${a.surface} ${c.surface}`, b, position++).stems = [a.stem, c.stem];
                    }
                }
                for (const w of contentWordForms(sentence.text))
                    this.count(this.words, w.stem, w.surface, b, position++);
            }
        });
    }
    /** A heading for block `index` that is not in `used` (compared lower-case). */
    name(index, used) {
        const phrases = [...this.phrases.values()]
            .filter((p) => (p.perBlock[index] ?? 0) >= 2)
            .map((p) => {
            const [a, c] = p.stems;
            return { term: p, score: this.weight(a, index) + this.weight(c, index) + ((p.perBlock[index] ?? 0) - 1) };
        });
        const phrase = best(phrases).find((p) => !used.has(p.toLowerCase()));
        if (phrase)
            return capitalize(phrase);
        const words = (min) => best([...this.words.entries()]
            .filter(([stem, w]) => w.surface.length >= 4 && !this.topicTerms.has(stem) && (w.perBlock[index] ?? 0) >= min)
            .map(([stem, term]) => ({ term, score: this.weight(stem, index) })));
        const repeated = words(2);
        for (let i = 0; i + 1 < repeated.length; i++) {
            const heading = capitalize(`${repeated[i]} and ${repeated[i + 1]}`);
            if (!used.has(heading.toLowerCase()))
                return heading;
        }
        const single = words(1).find((w) => !used.has(w.toLowerCase()));
        return capitalize(single ?? `part ${index + 1}`);
    }
    /** tf-idf of a word in block `index`; 0 for topic terms and short words. */
    weight(stem, index) {
        const word = this.words.get(stem);
        if (!word || this.topicTerms.has(stem) || word.surface.length < 4)
            return 0;
        const spread = word.perBlock.filter((n) => n > 0).length;
        return (word.perBlock[index] ?? 0) * Math.log(1 + this.blocks.length / Math.max(1, spread));
    }
    count(terms, key, surface, block, position) {
        let term = terms.get(key);
        if (!term) {
            term = { surface, perBlock: new Array(this.blocks.length).fill(0), first: position };
            terms.set(key, term);
        }
        term.perBlock[block] = (term.perBlock[block] ?? 0) + 1;
        return term;
    }
}
/** Surface forms of terms with a positive score, best first, ties by first use. */
function best(scored) {
    return scored
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.term.first - b.term.first)
        .map((s) => s.term.surface);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
//# sourceMappingURL=headings.js.map