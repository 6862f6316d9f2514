/**
 * Shared by the gate tests (pair gate, need gate, scan-gate tables): how they load the source
 * modules that hold gated patterns, and how they build texts that reach a pattern's alternatives.
 */

/** The source modules scripts/gen-scan-gates.mjs reads, loaded from src/ (not dist/). */
const srcModules: Record<string, () => Promise<unknown>> = {
  'scan-gates': () => import('../../src/lint/scan-gates.js'),
  context: () => import('../../src/lint/context.js'),
  'lexicon/scan': () => import('../../src/lint/lexicon/scan.js'),
  normalize: () => import('../../src/lint/normalize.js'),
  engine: () => import('../../src/lint/engine.js'),
  'need-gate': () => import('../../src/lint/need-gate.js'),
};
export const fromSrc = (p: string): Promise<unknown> => srcModules[p]();

/** Characters and literal runs of a pattern's source: texts made of them reach its alternatives. */
export function fragmentsOf(source: string): string[] {
  const runs = source
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .split(/[\\()[\]{}|?*+^$<>=!:,-]+/)
    .filter((r) => r.length > 0);
  const chars = new Set<string>();
  for (const r of runs) for (const ch of r) chars.add(ch);
  return [...new Set([...runs, ...chars, ',', '。', '!', '?', ' ', '1', '5', 'a', 'v', '的'])];
}
