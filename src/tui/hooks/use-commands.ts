// Turns a key into what it means on the current screen (keys.ts) and carries it out: a
// reducer action, a text edit of the focused field, or a service call (open, save, export).
import { useInput } from 'ink';
import { useCallback, useRef, type Dispatch } from 'react';
import { focusedField, valueOf, EXPORT_FORMATS, type Action, type ListId, type State } from '../state.js';
import { categoryOptions, isTextKind } from '../forms.js';
import { PasteReader, resolveKey, type Command, type InkKey, type KeymapId } from '../keys.js';
import { applyFinding, fixable, lintField } from '../model.js';
import { filterRules } from '../screens/RulesScreen.js';
import type { StartItem, TemplateInfo } from '../screens/StartScreen.js';
import type { ReviewFinding } from '../findings.js';

/** What the key handler may ask of the outside world; the app wires the real services. */
export interface Actions {
  readonly quit: () => void;
  readonly save: () => void;
  readonly exportSheet: () => void;
  readonly startItem: (item: StartItem) => void;
  readonly newFromTemplate: (template: TemplateInfo) => void;
  readonly openSheet: (path: string) => void;
}

export interface KeyContext {
  readonly state: State;
  readonly dispatch: Dispatch<Action>;
  readonly startItems: readonly StartItem[];
  readonly templates: readonly TemplateInfo[];
  readonly findings: readonly ReviewFinding[];
  readonly actions: Actions;
}

/** Which key table applies now, and whether typing goes into a text field. */
export function keymapOf(state: State): { map: KeymapId; inText: boolean } {
  if (state.help) return { map: 'help', inText: false };
  if (state.confirm) return { map: 'confirm', inText: false };
  const focused = focusedField(state);
  switch (state.screen) {
    case 'start':
      return state.start.mode === 'sheet' ? { map: 'startInput', inText: true } : { map: 'start', inText: false };
    case 'shop':
    case 'welcome':
      return { map: 'form', inText: isTextKind(focused?.kind) };
    case 'rules':
      if (state.rules.editing !== null) return { map: 'itemEdit', inText: isTextKind(focused?.kind) };
      return { map: 'rulesList', inText: state.rules.searching };
    case 'cards':
      return state.cards.editing !== null ? { map: 'itemEdit', inText: isTextKind(focused?.kind) } : { map: 'cardsList', inText: false };
    case 'followups':
      return state.followups.editing !== null ? { map: 'followUpEdit', inText: isTextKind(focused?.kind) } : { map: 'followupsList', inText: false };
    case 'try':
      return { map: 'try', inText: true };
    case 'review':
      return { map: 'review', inText: false };
    case 'export':
      return { map: 'export', inText: isTextKind(focused?.kind) };
  }
}

function listCount(state: State, list: ListId): number {
  if (list === 'cards') return state.config?.product_cards?.length ?? 0;
  if (list === 'followups') return state.config?.follow_ups?.length ?? 0;
  return filterRules(state.config?.keyword_rules ?? [], state.rules.query).length;
}

/** The full-list index of the selected rule (the list may be filtered by the search). */
function selectedIndex(state: State, list: ListId): number | undefined {
  if (list !== 'rules') return state[list].selected < listCount(state, list) ? state[list].selected : undefined;
  return filterRules(state.config?.keyword_rules ?? [], state.rules.query)[state.rules.selected];
}

const CONFIRM_KIND = { rules: 'delete-rule', cards: 'delete-card', followups: 'delete-follow-up' } as const;
const LIST_OF: Record<string, ListId> = { 'delete-rule': 'rules', 'delete-card': 'cards', 'delete-follow-up': 'followups' };

function runList(cmd: Command, list: ListId, ctx: KeyContext): boolean {
  const { state, dispatch } = ctx;
  const count = listCount(state, list);
  const index = selectedIndex(state, list);
  switch (cmd) {
    case 'up':
    case 'down':
      dispatch({ type: 'list/select', list, delta: cmd === 'up' ? -1 : 1, count });
      return true;
    case 'enter':
      if (list === 'rules' && state.rules.searching) dispatch({ type: 'rules/searching', on: false });
      else if (index !== undefined) dispatch({ type: 'list/edit', list, index });
      return true;
    case 'add':
      dispatch({ type: 'list/add', list });
      return true;
    case 'delete':
      if (index !== undefined) dispatch({ type: 'confirm', confirm: { kind: CONFIRM_KIND[list], index } });
      return true;
    case 'moveUp':
    case 'moveDown':
      if (list === 'rules' && state.rules.query) {
        dispatch({ type: 'notice', notice: { kind: 'info', text: '搜索时不能调整顺序：先按 / 清空搜索' } });
      } else if (index !== undefined) {
        dispatch({ type: 'list/move', list, index, delta: cmd === 'moveUp' ? -1 : 1 });
      }
      return true;
    case 'search':
      dispatch({ type: 'rules/searching', on: true });
      return true;
    default:
      return false;
  }
}

function runFocused(cmd: Command, ctx: KeyContext): boolean {
  const { state, dispatch } = ctx;
  const spec = focusedField(state);
  switch (cmd) {
    case 'up':
    case 'focusPrev':
      dispatch({ type: 'focus', delta: -1 });
      return true;
    case 'down':
    case 'focusNext':
      dispatch({ type: 'focus', delta: 1 });
      return true;
    case 'fix': {
      if (!spec || !isTextKind(spec.kind) || !spec.path || spec.noLint) return true;
      const value = valueOf(state, spec);
      const finding = fixable(lintField(value, state.config, spec.kind === 'keywords'));
      const next = finding ? applyFinding(value, finding) : null;
      if (next === null) {
        dispatch({ type: 'notice', notice: { kind: 'info', text: '这一项没有可以直接采用的改写' } });
        return true;
      }
      const action: Action = spec.kind === 'keywords' ? { type: 'setKeywords', path: spec.path, text: next } : { type: 'setText', path: spec.path, value: next };
      dispatch(action);
      dispatch({ type: 'notice', notice: { kind: 'ok', text: '已采用建议改写' } });
      return true;
    }
    case 'delete':
      if (state.screen === 'welcome' && spec?.path?.[1] === 'quick_questions') dispatch({ type: 'removeQuestion', index: Number(spec.path[2]) });
      return true;
    case 'toggle':
    case 'left':
    case 'right':
    case 'enter':
      if (spec?.kind === 'toggle' && spec.path) {
        dispatch({ type: 'toggleMatch', path: spec.path });
        return true;
      }
      if (spec?.kind === 'choice' && spec.path?.[0] === 'follow_ups' && cmd !== 'enter') {
        dispatch({ type: 'followups/scene', index: Number(spec.path[1]), delta: cmd === 'left' ? -1 : 1 });
        return true;
      }
      if (spec?.kind === 'choice' && spec.path && cmd !== 'enter') {
        const options = categoryOptions(state.config?.shop?.category);
        const at = Math.max(0, options.indexOf(state.config?.shop?.category ?? 'general'));
        const next = options[(at + (cmd === 'left' ? -1 : 1) + options.length) % options.length];
        dispatch({ type: 'setText', path: spec.path, value: next });
        return true;
      }
      if (cmd !== 'enter') return false;
      if (spec?.id === 'add-question') dispatch({ type: 'addQuestion' });
      else if (spec?.id === 'next') dispatch({ type: 'next' });
      else if (spec?.id === 'done') dispatch({ type: 'list/close', list: state.screen === 'cards' || state.screen === 'followups' ? state.screen : 'rules' });
      else dispatch({ type: 'focus', delta: 1 });
      return true;
    default:
      return false;
  }
}

function runExport(cmd: Command, ctx: KeyContext): boolean {
  const { state, dispatch, actions } = ctx;
  const spec = focusedField(state);
  const form = state.exportForm;
  if ((cmd === 'left' || cmd === 'right') && spec?.id === 'format') {
    const i = EXPORT_FORMATS.indexOf(form.format);
    const next = EXPORT_FORMATS[(i + (cmd === 'left' ? -1 : 1) + EXPORT_FORMATS.length) % EXPORT_FORMATS.length];
    dispatch({ type: 'export/set', patch: { format: next } });
    return true;
  }
  if (cmd === 'toggle' && (spec?.id === 'copy' || spec?.id === 'force')) {
    dispatch({ type: 'export/set', patch: { [spec.id]: !form[spec.id] } });
    return true;
  }
  if (cmd === 'enter') {
    actions.exportSheet();
    return true;
  }
  if (cmd === 'up' || cmd === 'down' || cmd === 'focusNext' || cmd === 'focusPrev') return runFocused(cmd, ctx);
  return false;
}

export function handleKey(input: string, key: InkKey, ctx: KeyContext): void {
  const { state, dispatch, actions } = ctx;
  const { map, inText } = keymapOf(state);
  const cmd = resolveKey(map, input, key, inText);
  // A notice (「已采用建议改写」, 「已写入」…) answers the key before; the next key clears it.
  if (state.notice) dispatch({ type: 'notice', notice: null });
  if (cmd === 'quit') return actions.quit();
  if (cmd === 'help') return dispatch({ type: 'help', open: true });
  if (cmd === 'back') return dispatch({ type: 'back' });
  if (map === 'help') return;
  if (cmd === 'save') return actions.save();
  if (map === 'confirm') {
    if (cmd === 'yes' && state.confirm) dispatch({ type: 'list/delete', list: LIST_OF[state.confirm.kind], index: state.confirm.index });
    if (cmd === 'no') dispatch({ type: 'confirm', confirm: null });
    return;
  }
  if (cmd === 'next') return dispatch({ type: 'next' });
  if (cmd && runScreen(cmd, map, ctx)) return;
  // The edit itself runs in the reducer, on the latest state: keys typed faster than a
  // frame (a paste, tmux send-keys) all land, none is applied to a stale value.
  if (inText) dispatch({ type: 'type', input, key });
}

function runScreen(cmd: Command, map: KeymapId, ctx: KeyContext): boolean {
  const { state, dispatch, actions } = ctx;
  switch (map) {
    case 'start': {
      const count = state.start.mode === 'templates' ? ctx.templates.length : ctx.startItems.length;
      if (cmd === 'up' || cmd === 'down') dispatch({ type: 'start/select', delta: cmd === 'up' ? -1 : 1, count });
      if (cmd === 'enter') {
        if (state.start.mode === 'templates') {
          const t = ctx.templates[state.start.selected];
          if (t) actions.newFromTemplate(t);
        } else {
          const item = ctx.startItems[state.start.selected];
          if (item) actions.startItem(item);
        }
      }
      return true;
    }
    case 'startInput':
      if (cmd === 'enter' && state.start.sheetPath.trim()) actions.openSheet(state.start.sheetPath.trim());
      return cmd === 'enter';
    case 'rulesList':
      return runList(cmd, 'rules', ctx);
    case 'cardsList':
      return runList(cmd, 'cards', ctx);
    case 'followupsList':
      return runList(cmd, 'followups', ctx);
    case 'form':
    case 'itemEdit':
    case 'followUpEdit':
      return runFocused(cmd, ctx);
    case 'review': {
      if (cmd === 'up' || cmd === 'down') dispatch({ type: 'review/select', delta: cmd === 'up' ? -1 : 1, count: ctx.findings.length });
      const f = ctx.findings[Math.min(state.review.selected, ctx.findings.length - 1)];
      if (cmd === 'enter' && f) dispatch({ type: 'jump', path: f.path, ...(f.start !== undefined ? { at: f.start } : {}) });
      return true;
    }
    case 'export':
      return runExport(cmd, ctx);
    case 'try':
      if (cmd === 'enter') dispatch({ type: 'try/apply' });
      return cmd === 'enter';
    default:
      return false;
  }
}

export function useCommands(ctx: KeyContext, latest: () => State): void {
  // One stable listener reading the latest rendered context, so a key never reaches a
  // handler from a previous screen between a render and its effects.
  const ref = useRef(ctx);
  ref.current = ctx;
  const paste = useRef(new PasteReader());
  const listener = useCallback((input: string, key: InkKey) => {
    const event = paste.current.read(input, key);
    if (event.kind === 'paste') ref.current.dispatch({ type: 'paste', text: event.text });
    if (event.kind !== 'keys') return;
    for (const part of event.parts) handleKey(part.input, part.key, { ...ref.current, state: latest() });
  }, [latest]);
  useInput(listener);
}

