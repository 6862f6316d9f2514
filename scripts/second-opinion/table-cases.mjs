// The repo's hand-written labelled texts outside the corpora, as training items for the learned
// second opinion: the content rules' own tables (test/lint/rules/*.test.ts: `valid` texts are
// clean for that rule, `invalid` ones violate it), the lexicons' examples (src/lint/lexicon/*.yaml:
// `flag` / `clean` of each entry), the ordinary replies that must stay clean under every rule
// (test/lint/clean-replies.test.ts), the model's own ordinary replies (test/second-opinion/
// ordinary-replies.jsonl) and the shipped templates' buyer-visible texts (templates/*.yaml,
// held lint-clean by test/templates.test.ts). These are the near misses the rules were built around
// (开光 inside 打开光亮, 微信 as a way to pay, 好评 in a thank-you); a model that never saw them flags
// them. A text is labelled only for the rule its table is about (the others are left out, not
// called clean), except the ordinary replies and the templates, which are clean for every rule.
//
// Read statically with the TypeScript parser (string literals only; a computed case is skipped),
// so nothing of the test files runs and the order is the files' order: deterministic.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';

const literal = (node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined);

function prop(obj, name) {
  for (const p of obj.properties) if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  return undefined;
}

/** The files this reads, relative to the repo (for the manifest). */
export function tableFiles(root) {
  const rules = join(root, 'test', 'lint', 'rules');
  const lex = join(root, 'src', 'lint', 'lexicon');
  return [
    ...readdirSync(rules).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(rules, f)),
    ...readdirSync(lex).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(lex, f)),
    join(root, 'test', 'lint', 'clean-replies.test.ts'),
    join(root, 'test', 'second-opinion', 'ordinary-replies.jsonl'),
    ...readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(root, 'templates', f)),
  ].map((p) => relative(root, p));
}

/** Labelled items ({ text, expect, tolerate, id }) of every table, in file order. */
export function tableCases(root, rules) {
  const items = [];
  const only = (rule, positive) => ({ expect: positive ? [rule] : [], tolerate: rules.filter((r) => r !== rule) });
  for (const file of tableFiles(root)) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    if (file.startsWith('templates')) {
      // The shipped templates: shop texts test/templates.test.ts holds lint-clean (but for the sample
      // card's placeholder flag), so every buyer-visible text is clean for every rule. Keywords are
      // what buyers type and are never linted for content: left out.
      const walk = (node, key) => {
        if (typeof node === 'string') {
          if (['welcome', 'reply', 'text', 'name', 'quick_questions'].includes(key) && node.trim()) items.push({ id: file, text: node, expect: [], tolerate: [] });
        } else if (Array.isArray(node)) node.forEach((v) => walk(v, key));
        else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== 'keywords' && k !== 'vars') walk(v, k);
      };
      walk(parse(text), '');
      continue;
    }
    if (file.endsWith('.jsonl')) {
      // The model's own ordinary replies (test/second-opinion/ordinary-replies.jsonl): classes of
      // shop text that read like a violation to n-grams alone (a quantity asked with 你, a settings
      // path with 版本, 大家电), clean for every rule; written for the model, never from a corpus.
      for (const line of text.split('\n')) if (line.trim()) items.push({ id: file, text: JSON.parse(line).text, expect: [], tolerate: [] });
      continue;
    }
    if (file.endsWith('.yaml')) {
      const doc = parse(text);
      if (!rules.includes(doc.rule)) continue;
      const walk = (node) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const t of Array.isArray(node.flag) ? node.flag : []) if (typeof t === 'string') items.push({ id: file, text: t, ...only(doc.rule, true) });
          for (const t of Array.isArray(node.clean) ? node.clean : []) if (typeof t === 'string') items.push({ id: file, text: t, ...only(doc.rule, false) });
          for (const [k, v] of Object.entries(node)) if (k !== 'flag' && k !== 'clean') walk(v);
        }
      };
      walk(doc);
      continue;
    }
    const src = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'ruleTester' && node.arguments.length === 2) {
        const rule = literal(node.arguments[0]);
        const table = node.arguments[1];
        if (rule && rules.includes(rule) && ts.isObjectLiteralExpression(table)) {
          const valid = prop(table, 'valid');
          const invalid = prop(table, 'invalid');
          if (valid && ts.isArrayLiteralExpression(valid)) {
            for (const e of valid.elements) if (literal(e) !== undefined) items.push({ id: file, text: literal(e), ...only(rule, false) });
          }
          if (invalid && ts.isArrayLiteralExpression(invalid)) {
            for (const e of invalid.elements) {
              const t = ts.isObjectLiteralExpression(e) ? prop(e, 'text') : undefined;
              if (t && literal(t) !== undefined) items.push({ id: file, text: literal(t), ...only(rule, true) });
            }
          }
        }
      }
      if (ts.isVariableDeclaration(node) && node.name.getText() === 'replies' && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
        for (const e of node.initializer.elements) if (literal(e) !== undefined) items.push({ id: file, text: literal(e), expect: [], tolerate: [] });
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return items;
}
