// Compiles src/lint/lexicon/names/terms.yaml (names and terms that hold a list word in another
// sense: 极品飞车, 永久性染发剂, 绝对零度) into src/lint/terms.gen.ts — one regex source per kind,
// longest term first so a position takes the whole name. Run by the build; the YAML is parsed here
// only, so `check` never loads a YAML parser. test/lint/terms.test.ts fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const yamlFile = join(root, 'src', 'lint', 'lexicon', 'names', 'terms.yaml');
export const termsFile = join(root, 'src', 'lint', 'terms.gen.ts');
const KINDS = ['term', 'title', 'dish'];
/** The exported constant of each kind. */
const EXPORT = { term: 'TERMS', title: 'TITLES', dish: 'DISHES' };

/** Parses and checks the list; throws with the file name on a malformed entry. */
export function loadTerms() {
  const doc = parse(readFileSync(yamlFile, 'utf8'));
  const fail = (msg) => {
    throw new Error(`${yamlFile}: ${msg}`);
  };
  if (!doc?.sources || typeof doc.sources !== 'object') fail('needs `sources:`');
  if (!Array.isArray(doc.terms) || doc.terms.length === 0) fail('needs `terms:`');
  const seen = new Set();
  for (const e of doc.terms) {
    if (typeof e?.term !== 'string' || !e.term) fail('an entry needs `term`');
    if (e.term !== e.term.toLowerCase() || /[\s|()[\]\\.*+?^$]/.test(e.term)) fail(`term ${e.term} must be normalized, plain text`);
    if (!KINDS.includes(e.kind)) fail(`term ${e.term}: kind must be one of ${KINDS.join(', ')}`);
    if (!(e.source in doc.sources)) fail(`term ${e.term}: unknown source ${e.source}`);
    if (seen.has(e.term)) fail(`duplicate term ${e.term}`);
    seen.add(e.term);
  }
  return doc.terms;
}

/** The generated module's text. */
export function renderTerms() {
  const terms = loadTerms();
  const lines = [
    '// Generated from src/lint/lexicon/names/terms.yaml by scripts/gen-terms.mjs (npm run build); do not edit.',
  ];
  for (const kind of KINDS) {
    const words = terms
      .filter((e) => e.kind === kind)
      .map((e) => e.term)
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    lines.push(`export const ${EXPORT[kind]} = ${JSON.stringify(words.join('|'))};`);
  }
  return lines.join('\n') + '\n';
}

export function genTerms() {
  writeFileSync(termsFile, renderTerms());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) genTerms();
