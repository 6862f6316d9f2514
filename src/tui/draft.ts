// The Ctrl-C / crash draft: the config as it was on screen, saved next to the working folder's
// config as `.xhs-reply-draft.yaml` (git-ignored), so quitting or a crash never loses typing.
// The crash path must be synchronous (the process is going down), so both writers are
// write-to-temp + rename: a reader never sees half a draft.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Config } from '../config/types.js';
import { writeFileSafelySync } from '../files.js';
import type { ScreenId } from './model.js';
import { FLOW } from './model.js';

export const DRAFT_NAME = '.xhs-reply-draft.yaml';

export interface Draft {
  /** The config file the draft belongs to (absolute). */
  readonly file: string;
  readonly screen: ScreenId;
  readonly savedAt: string;
  readonly config: Config;
}

export function draftPath(cwd: string): string {
  return join(cwd, DRAFT_NAME);
}

export function draftText(draft: Draft, cwd: string): string {
  const shown = relative(cwd, draft.file);
  const body = stringify(
    { draft: 1, file: shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : draft.file, screen: draft.screen, saved_at: draft.savedAt, config: draft.config },
    { lineWidth: 0 },
  );
  return `# xhs-reply 未保存的草稿：再次运行 xhs-reply 时可以恢复（保存配置后自动删除）。\n${body}`;
}

/** Writes the draft atomically and synchronously (also used from the crash handler). */
export function writeDraftSync(draft: Draft, cwd: string): string {
  const path = draftPath(cwd);
  // The one writer's synchronous twin: every byte down and synced before the rename.
  writeFileSafelySync(path, draftText(draft, cwd));
  return path;
}

const SCREENS = new Set<string>(FLOW.map((s) => s.id));

/** The draft in `cwd`, or null when there is none or it is unreadable (never throws). */
export function readDraft(cwd: string): Draft | null {
  const path = draftPath(cwd);
  if (!existsSync(path)) return null;
  try {
    const data = parse(readFileSync(path, 'utf8'), { maxAliasCount: 100 }) as Record<string, unknown> | null;
    if (!data || typeof data !== 'object' || data.draft !== 1) return null;
    const config = data.config as Config | undefined;
    if (!config || typeof config !== 'object' || Array.isArray(config)) return null;
    const file = typeof data.file === 'string' && data.file !== '' ? data.file : 'xhs-reply.yaml';
    const screen = typeof data.screen === 'string' && SCREENS.has(data.screen) && data.screen !== 'start' ? (data.screen as ScreenId) : 'shop';
    return {
      file: isAbsolute(file) ? file : join(cwd, file),
      screen,
      savedAt: typeof data.saved_at === 'string' ? data.saved_at : '',
      config: { ...config, version: 1 },
    };
  } catch {
    return null;
  }
}

export function removeDraft(cwd: string): void {
  try {
    unlinkSync(draftPath(cwd));
  } catch {
    // Already gone: nothing to clean up.
  }
}

/** "2026-11-25 13:20" in local time, for the start screen. */
export function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}
