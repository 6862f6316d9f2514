// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDE viewers) read.
// Columns are UTF-16 code units — SARIF's default columnKind and exactly what our offsets count.
import { escapeJsonControls } from '../../escape.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pick } from '../../i18n.js';
import { version as toolVersion } from '../../version.gen.js';
import type { LintResultMessage, RuleMeta } from '../types.js';
import { lineStarts, positionAt, type FormattableResult, type FormatOptions, type Formatter } from './results.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning';
const levelOf = (severity: 1 | 2): Level => (severity === 2 ? 'error' : 'warning');

/**
 * Where a result points: relative to cwd (resolved through %SRCROOT%) when the file lies under it,
 * an absolute file: URL otherwise. Pseudo paths such as `<text 1>` (a loose text, not a file) get
 * no base and are percent-encoded so the value stays a valid URI reference.
 */
function artifactLocation(filePath: string, cwd: string | undefined): { uri: string; uriBaseId?: string } {
  const encode = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');
  if (/^<.*>$/.test(filePath)) return { uri: encode(filePath) };
  if (cwd !== undefined) {
    const abs = isAbsolute(filePath) ? filePath : resolve(cwd, filePath);
    const rel = relative(cwd, abs);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: encode(rel), uriBaseId: SRCROOT };
    return { uri: pathToFileURL(abs).href };
  }
  return isAbsolute(filePath) ? { uri: pathToFileURL(filePath).href } : { uri: encode(filePath) };
}

function region(m: Pick<LintResultMessage, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

function fixOf(fix: NonNullable<LintResultMessage['fix']>, starts: readonly number[], location: object) {
  const from = positionAt(starts, fix.start);
  const to = positionAt(starts, fix.end);
  const deletedRegion = region({ line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
  return {
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion, insertedContent: { text: fix.text } }] }],
  };
}

export const format: Formatter = (results: readonly FormattableResult[], options: FormatOptions): string => {
  const known = new Map<string, RuleMeta>((options.rules ?? []).map((r) => [r.id, r]));
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const ensureRule = (id: string, severity: 1 | 2): number => {
    let index = ruleIndex.get(id);
    if (index !== undefined) return index;
    index = rules.length;
    ruleIndex.set(id, index);
    const meta = known.get(id);
    rules.push({
      id,
      shortDescription: { text: meta ? pick(meta.description, options.lang) : id },
      ...(meta ? { fullDescription: { text: pick(meta.protects, options.lang) } } : {}),
      defaultConfiguration: { level: meta ? meta.severity : levelOf(severity) },
    });
    return index;
  };
  // Every known rule is described even when it found nothing, so viewers can list what was checked.
  for (const meta of known.values()) ensureRule(meta.id, 2);

  const suggestionLabel = options.lang === 'en' ? 'Suggestion: ' : '建议：';
  const sarifResults: object[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, options.cwd);
    let starts: number[] | undefined;
    for (const m of result.messages) {
      const sarifResult: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: ensureRule(m.ruleId, m.severity),
        level: levelOf(m.severity),
        message: { text: m.suggestion ? `${m.message}\n${suggestionLabel}${m.suggestion}` : m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
      };
      // A fix is an offset range; placing it in lines needs the text it was made on.
      if (m.fix && result.source !== undefined) {
        starts ??= lineStarts(result.source);
        sarifResult.fixes = [fixOf(m.fix, starts, location)];
      }
      sarifResults.push(sarifResult);
    }
  }

  const run: Record<string, unknown> = {
    tool: { driver: { name: 'xhs-reply', version: toolVersion, rules } },
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  };
  if (options.cwd !== undefined) {
    const root = pathToFileURL(options.cwd).href;
    run.originalUriBaseIds = { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } };
  }
  return escapeJsonControls(JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)) + '\n';
};
