// Lints a whole config: the config rules (keywords against each other, limits, promises across
// texts) plus the content rules on every text the buyer sees, each finding placed at
// file:line:col. Texts are linted with variables filled (what the buyer reads); a finding in
// literal text points into the YAML scalar, one inside a filled-in variable points at the
// variable's definition. Pure: no file system, no terminal — `lint` and the app's review
// screen both call this.
import type { Config, ConfigPath, RuleSetting } from '../config/types.js';
import { listVariables, lookupVariable } from '../config/vars.js';
import { sourceOffsetOf, type Located } from '../config/positions.js';
import type { Lang } from '../i18n.js';
import { pick } from '../i18n.js';
import { lintText } from './engine.js';
import { messageCounts } from './formatters/results.js';
import { configRules, type ConfigFix, type ConfigReport } from './config-rules.js';
import { createContext, getAt, type ConfigText } from './config-context.js';
import type { LintMessage, LintResult, LintResultMessage, SeverityLevel } from './types.js';

/**
 * What the engine needs of a loaded config. `LoadedConfig` (config/load.ts) satisfies it;
 * an imported rule sheet is adapted to it (positions = the sheet's rows and columns).
 */
export interface ConfigSubject {
  readonly file: string;
  readonly config: Config;
  readonly resolved: Config;
  positionOf(path: ConfigPath, options?: { offset?: number }): { file: string; line: number; col: number };
  /** Source text and ranges, for exact offsets (YAML/JSON configs only). */
  locationOf?(path: ConfigPath): Located | undefined;
  readonly source?: { readonly file: string; readonly text: string };
}

export interface LintConfigOptions {
  readonly lang?: Lang;
  /** Command-line overrides (`--rule id=off`); they win over the config's `lint.rules`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** `--no-model`: false turns the learned second opinion off whatever the config says. */
  readonly secondOpinion?: boolean;
  /** The text linter; injectable so the mapping can be tested on its own. */
  readonly lintText?: typeof lintText;
}

/** A placed finding plus what the fixer needs: the config path and a declarative fix. */
export interface ConfigFinding extends LintResultMessage {
  readonly filePath: string;
  readonly path: ConfigPath;
  readonly configFix?: readonly ConfigFix[];
}

interface Segment {
  readonly resStart: number;
  readonly resEnd: number;
  readonly rawStart: number;
  readonly rawEnd: number;
  /** Set for a filled-in variable. */
  readonly variable?: string;
}

/** How the filled text is built from the written one, so offsets can be mapped back. */
function segmentsOf(raw: string, resolvedText: string, config: Config): Segment[] | undefined {
  const segments: Segment[] = [];
  let res = 0;
  let rawAt = 0;
  const literal = (end: number) => {
    if (end > rawAt) segments.push({ resStart: res, resEnd: res + end - rawAt, rawStart: rawAt, rawEnd: end });
    res += end - rawAt;
    rawAt = end;
  };
  for (const use of listVariables(raw)) {
    const value = lookupVariable(use.name, config.vars, config.shop);
    if (value === undefined) continue; // left as written, i.e. literal
    literal(use.start);
    segments.push({ resStart: res, resEnd: res + value.length, rawStart: use.start, rawEnd: use.end, variable: use.name });
    res += value.length;
    rawAt = use.end;
  }
  literal(raw.length);
  // Another substitution (e.g. shop.name holding a variable) would shift offsets: fall back.
  return res === resolvedText.length ? segments : undefined;
}

const segmentAt = (segments: readonly Segment[], offset: number): Segment | undefined =>
  segments.find((s) => offset >= s.resStart && offset < s.resEnd) ?? segments.at(-1);

function definitionPath(variable: string): ConfigPath {
  return variable.startsWith('shop.') ? ['shop', variable.slice(5)] : ['vars', variable];
}

interface Place {
  readonly file: string;
  readonly path: ConfigPath;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offsets into the file's text when known, else into the value. */
  readonly start: number;
  readonly end: number;
}

export function lintConfigFindings(subject: ConfigSubject, options: LintConfigOptions = {}): ConfigFinding[] {
  const lang = options.lang ?? 'zh';
  const { config, resolved } = subject;
  const settings: Record<string, RuleSetting> = { ...(resolved.lint?.rules ?? {}), ...(options.rules ?? {}) };
  const allow = Array.isArray(resolved.lint?.allow) ? resolved.lint.allow.filter((a) => typeof a === 'string') : [];
  const ctx = createContext(config, resolved, { lang, positionOf: (p) => subject.positionOf(p) });
  const findings: ConfigFinding[] = [];

  /** Places [start, end) of the text at `path` (written form) in its file. */
  const placeRaw = (path: ConfigPath, start?: number, end?: number): Place => {
    const loc = subject.locationOf?.(path);
    const value = getAt(config, path);
    if (loc && typeof value === 'string' && start !== undefined) {
      const from = sourceOffsetOf(loc, value, start);
      const to = Math.max(from, sourceOffsetOf(loc, value, end ?? start));
      const a = loc.source.lineCounter.linePos(from);
      const b = loc.source.lineCounter.linePos(to);
      return { file: loc.source.file, path, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, start: from, end: to };
    }
    if (loc) {
      // A whole list or map is pointed at by its key (`keyword_rules:`), where the reader looks.
      const [from, to] = typeof value === 'object' && value !== null && loc.keyRange ? loc.keyRange : loc.range;
      const a = loc.source.lineCounter.linePos(from);
      const b = loc.source.lineCounter.linePos(to);
      return { file: loc.source.file, path, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, start: from, end: to };
    }
    const a = subject.positionOf(path, start !== undefined ? { offset: start } : undefined);
    const b = end !== undefined && typeof value === 'string' ? subject.positionOf(path, { offset: end }) : a;
    return { file: a.file, path, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, start: start ?? 0, end: end ?? start ?? 0 };
  };

  const segmentCache = new Map<ConfigText, Segment[] | undefined>();
  const segmentsFor = (t: ConfigText) => {
    if (!segmentCache.has(t)) segmentCache.set(t, segmentsOf(t.raw, t.text, config));
    return segmentCache.get(t);
  };

  /** Places a span of the filled text: literal text → inside the scalar; a variable → its definition. */
  const placeResolved = (t: ConfigText, start: number, end: number): Place => {
    const segments = segmentsFor(t);
    if (!segments || segments.length === 0) return placeRaw(t.path);
    const first = segmentAt(segments, start)!;
    if (first.variable !== undefined) {
      const defPath = definitionPath(first.variable);
      const defValue = getAt(config, defPath);
      const inner = start - first.resStart;
      return typeof defValue === 'string'
        ? placeRaw(defPath, inner, Math.min(defValue.length, inner + end - start))
        : placeRaw(defPath);
    }
    const last = segmentAt(segments, Math.max(start, end - 1))!;
    const rawStart = first.rawStart + (start - first.resStart);
    const rawEnd = last.variable !== undefined ? last.rawEnd : last.rawStart + (end - last.resStart);
    return placeRaw(t.path, rawStart, Math.max(rawStart, rawEnd));
  };

  /** A fix on the filled text, as an edit of the written text (only inside literal text). */
  const rawFix = (t: ConfigText, fix: NonNullable<LintMessage['fix']>): ConfigFix | undefined => {
    const segments = segmentsFor(t);
    if (!segments) return undefined;
    const seg = segments.find((s) => fix.start >= s.resStart && fix.end <= s.resEnd && fix.start < s.resEnd);
    if (!seg || seg.variable !== undefined) return undefined;
    const delta = seg.rawStart - seg.resStart;
    return { op: 'edit', path: t.path, start: fix.start + delta, end: fix.end + delta, text: fix.text };
  };

  const push = (ruleId: string, severity: SeverityLevel, message: string, place: Place, suggestion?: string, fix?: readonly ConfigFix[]) => {
    findings.push({
      ruleId,
      severity,
      message,
      ...(suggestion ? { suggestion } : {}),
      filePath: place.file,
      path: place.path,
      line: place.line,
      column: place.column,
      endLine: place.endLine,
      endColumn: place.endColumn,
      start: place.start,
      end: place.end,
      ...(fix && fix.length > 0 ? { configFix: fix } : {}),
    });
  };

  // Built on the first finding with a span: most configs never need it.
  let textByPath: Map<string, ConfigText> | undefined;
  const textAt = (path: ConfigPath) => {
    if (!textByPath) {
      textByPath = new Map();
      for (const t of ctx.texts()) textByPath.set(JSON.stringify(t.path), t);
    }
    return textByPath.get(JSON.stringify(path));
  };

  for (const rule of configRules) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    const forced: SeverityLevel | undefined = setting === 'error' ? 2 : setting === 'warning' ? 1 : undefined;
    rule.check(ctx, (r: ConfigReport) => {
      const severity = forced ?? r.severity ?? (rule.severity === 'error' ? 2 : 1);
      let place: Place;
      const t = r.span?.in === 'resolved' ? textAt(r.path) : undefined;
      if (r.span && r.span.in === 'resolved' && t) place = placeResolved(t, r.span.start, r.span.end);
      else if (r.span) place = placeRaw(r.path, r.span.start, r.span.end);
      else place = placeRaw(r.path);
      push(rule.id, severity, pick(r.message, lang), place, r.suggestion && pick(r.suggestion, lang), r.fix);
    });
  }

  const lint = options.lintText ?? lintText;
  const secondOpinion = options.secondOpinion !== false && resolved.lint?.model !== false;
  const textOptions = { rules: settings, allow, lang, secondOpinion };
  const keywordOptions = { ...textOptions, keyword: true };
  for (const t of ctx.texts()) {
    if (t.text === '') continue;
    const onKeyword = t.kind === 'keyword' || t.kind === 'card_keyword';
    for (const m of lint(t.text, onKeyword ? keywordOptions : textOptions)) {
      const fix = m.fix ? rawFix(t, m.fix) : undefined;
      push(m.ruleId, m.severity, m.message, placeResolved(t, m.start, m.end), m.suggestion, fix ? [fix] : undefined);
    }
  }

  // A problem inside a variable shared by many texts is one problem at its definition.
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.filePath}\u0000${f.ruleId}\u0000${f.line}:${f.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      b.severity - a.severity ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** ESLint's per-file results; the main file always has one, other files only when they have findings. */
export function toLintResults(
  subject: Pick<ConfigSubject, 'file' | 'locationOf' | 'source'>,
  findings: readonly ConfigFinding[],
): (LintResult & { source?: string })[] {
  const byFile = new Map<string, ConfigFinding[]>([[subject.file, []]]);
  for (const f of findings) {
    const list = byFile.get(f.filePath);
    if (list) list.push(f);
    else byFile.set(f.filePath, [f]);
  }
  const sources = new Map<string, string>();
  if (subject.source) sources.set(subject.source.file, subject.source.text);
  for (const f of findings) {
    if (sources.has(f.filePath)) continue;
    const loc = subject.locationOf?.(f.path);
    if (loc && loc.source.file === f.filePath) sources.set(f.filePath, loc.source.text);
  }
  return [...byFile].map(([filePath, list]) => {
    const messages: LintResultMessage[] = list.map(({ filePath: _file, path: _path, configFix: _fix, ...message }) => message);
    const source = sources.get(filePath);
    return {
      filePath,
      messages,
      // Only the main file is rewritten by --fix: a finding in an extended base is not fixable here.
      ...messageCounts(list, (f) => f.configFix !== undefined && f.filePath === subject.file),
      ...(source !== undefined ? { source } : {}),
    };
  });
}

export function lintConfig(subject: ConfigSubject, options: LintConfigOptions = {}): LintResult[] {
  return toLintResults(subject, lintConfigFindings(subject, options));
}
