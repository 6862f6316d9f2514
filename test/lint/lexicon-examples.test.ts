// A lexicon's flag/clean examples (src/lint/lexicon/*.yaml) are sentences we write ourselves. An
// example cut from a labelled text proves nothing about the entry: the entry was fitted to that
// very text, so the spec passes by construction and the corpus score that text feeds is inflated
// (src/lint/lexicon/README.md: never paste a corpus sentence into flag/clean). This fails when an
// example shares a run of RUN or more letters and digits with a text of the repo's corpora.
// The repo can only check against what is in the repo — test/fixtures/corpus/*.jsonl; the blind
// sets the project is scored on live outside it and must be checked before an example lands.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconNames, loadLexicon } from '../../scripts/compile-lexicons.mjs';

/** Ten characters is a clause of its own in Chinese; shorter runs are shared by chance
 *  (有问题随时找我们, 第一时间给您安排) and by the list words themselves. */
const RUN = 10;
const corpusDir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** Spaces, punctuation and width do not make a sentence one's own: compare letters and digits. */
const bare = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function corpusRuns(): Map<string, string> {
  const runs = new Map<string, string>();
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = bare((JSON.parse(line) as { text: string }).text);
      for (let i = 0; i + RUN <= text.length; i++) if (!runs.has(text.slice(i, i + RUN))) runs.set(text.slice(i, i + RUN), file);
    }
  }
  return runs;
}

function examples(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const name of lexiconNames()) {
    for (const g of loadLexicon(name).groups) {
      for (const text of [...(g.flag ?? []), ...(g.clean ?? [])]) out.push({ where: `${name}/${g.name}`, text });
      for (const e of g.entries) for (const text of [...(e.flag ?? []), ...(e.clean ?? [])]) out.push({ where: `${name}/${g.name}`, text });
    }
  }
  return out;
}

/** The first run of `text` found in `runs`, with the corpus file it came from. */
function sharedRun(text: string, runs: ReadonlyMap<string, string>): string | null {
  const t = bare(text);
  for (let i = 0; i + RUN <= t.length; i++) {
    const file = runs.get(t.slice(i, i + RUN));
    if (file !== undefined) return `${t.slice(i, i + RUN)} (${file})`;
  }
  return null;
}

describe('lexicon examples are our own wording', () => {
  const runs = corpusRuns();

  it('reads the corpora and the examples', () => {
    expect(runs.size).toBeGreaterThan(10_000);
    expect(examples().length).toBeGreaterThan(500);
  });

  it('the check sees a copy through spacing and punctuation', () => {
    const [run] = runs.keys();
    const disguised = `这是例句：${[...run].join(' ')}！`;
    expect(sharedRun(disguised, runs)).not.toBeNull();
    expect(sharedRun('完全是我们自己写的一句话', new Map([['另一段完全不同的文字啊', 'x.jsonl']]))).toBeNull();
  });

  it(`no flag/clean example shares ${RUN} characters with a corpus text`, () => {
    const copied = examples()
      .map(({ where, text }) => ({ where, text, run: sharedRun(text, runs) }))
      .filter((c) => c.run !== null)
      .map((c) => `${c.where}: ${c.text} ~ ${c.run}`);
    expect(copied).toEqual([]);
  });
});
