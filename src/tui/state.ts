// The whole app state and its reducer. Actions are plain data, so the flow (screens, focus,
// edits, jumps from review) is tested without rendering a terminal.
import { screen as backendScreen } from '../backend/profile.js';
import type { Config, ConfigPath } from '../config/types.js';
import { fieldsOf, isTextKind, type FieldSpec } from './forms.js';
import { pastedText, type InkKey } from './keys.js';
import { clampCursor, editBuffer } from './text-edit.js';
import { offerNotice, remember, trySuggestion } from './try-suggest.js';
import {
  emptyCard,
  emptyFollowUp,
  emptyRule,
  keywordSpan,
  locate,
  move,
  nextScreen,
  pathKey,
  prevScreen,
  setIn,
  splitKeywords,
  textAt,
  withScene,
  type ScreenId,
} from './model.js';
import type { FollowUpSceneId } from '../config/types.js';
import { followUpScenes } from '../backend/profile.js';

export type ExportFormat = 'txt' | 'csv' | 'json' | 'yaml' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['txt', 'csv', 'json', 'yaml', 'html'];

export type StartMode = 'menu' | 'templates' | 'sheet';
export type Notice = { readonly kind: 'info' | 'ok' | 'error'; readonly text: string };
export type Confirm = { readonly kind: 'delete-rule' | 'delete-card' | 'delete-follow-up'; readonly index: number };

/** The three list screens: keyword rules, product cards, follow-ups (跟单助手). */
export type ListId = 'rules' | 'cards' | 'followups';

export interface ListState {
  readonly selected: number;
  readonly editing: number | null;
}

export interface State {
  readonly screen: ScreenId;
  /** The config as the merchant writes it ({{vars}} unresolved); null before start. */
  readonly config: Config | null;
  /** Absolute path the config is saved to. */
  readonly file: string;
  readonly dirty: boolean;
  /** What each variable is for, from the comments beside it in the file (`ship_days: 3 # …`). */
  readonly varNotes: Readonly<Record<string, string>>;
  /** Index into fieldsOf(state) of the focused field. */
  readonly focus: number;
  /** Cursor in the focused text (UTF-16 offset); -1 means at the end. */
  readonly cursor: number;
  /**
   * The focused field's prefilled value is selected: the first typed character replaces it
   * (as in a browser's address bar), an arrow key starts editing it instead.
   */
  readonly fresh: boolean;
  /** A keywords field as typed, so a trailing "，" survives until the next keyword is typed. */
  readonly kwDraft: { readonly id: string; readonly text: string } | null;
  readonly start: { readonly mode: StartMode; readonly selected: number; readonly sheetPath: string };
  readonly rules: ListState & { readonly query: string; readonly searching: boolean };
  readonly cards: ListState;
  readonly followups: ListState;
  readonly question: string;
  /** Questions tried on 试一试 this session: they help group the next one for a suggestion. */
  readonly tried: readonly string[];
  readonly review: { readonly selected: number };
  readonly exportForm: {
    readonly format: ExportFormat;
    readonly fileName: string;
    readonly copy: boolean;
    readonly force: boolean;
    readonly written: string | null;
  };
  readonly help: boolean;
  readonly confirm: Confirm | null;
  readonly notice: Notice | null;
}

export type Action =
  | { type: 'load'; config: Config; file: string; dirty: boolean; screen?: ScreenId; varNotes?: Record<string, string> }
  | { type: 'go'; screen: ScreenId }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'focus'; delta: 1 | -1 }
  | { type: 'focusId'; id: string }
  | { type: 'setText'; path: ConfigPath; value: string; cursor?: number }
  | { type: 'setKeywords'; path: ConfigPath; text: string; cursor?: number }
  | { type: 'toggleMatch'; path: ConfigPath }
  /** Steps a follow-up to the next or previous scene (its delay follows the scene). */
  | { type: 'followups/scene'; index: number; delta: 1 | -1 }
  | { type: 'addQuestion' }
  | { type: 'removeQuestion'; index: number }
  | { type: 'start/mode'; mode: StartMode }
  | { type: 'start/select'; delta: number; count: number }
  | { type: 'start/sheetPath'; value: string; cursor?: number }
  | { type: 'list/select'; list: ListId; delta: number; count: number }
  | { type: 'list/selectIndex'; list: ListId; index: number }
  | { type: 'list/add'; list: ListId }
  | { type: 'list/edit'; list: ListId; index: number }
  | { type: 'list/close'; list: ListId }
  | { type: 'list/delete'; list: ListId; index: number }
  | { type: 'list/move'; list: ListId; index: number; delta: -1 | 1 }
  | { type: 'rules/search'; query: string; cursor?: number }
  | { type: 'rules/searching'; on: boolean }
  | { type: 'question'; value: string; cursor?: number }
  /** 试一试: apply the keyword suggested for the unanswered question (as `coverage --apply`). */
  | { type: 'try/apply' }
  | { type: 'review/select'; delta: number; count: number }
  | { type: 'jump'; path: ConfigPath; at?: number }
  | { type: 'export/set'; patch: Partial<State['exportForm']>; cursor?: number }
  | { type: 'help'; open: boolean }
  | { type: 'confirm'; confirm: Confirm | null }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'saved'; file: string }
  /** Text pasted (bracketed paste): goes into the focused field as text, never as keys. */
  | { type: 'paste'; text: string }
  /** A key typed into the focused text field (applied to the latest state). */
  | { type: 'type'; input: string; key: InkKey };

export function initialState(file: string): State {
  return {
    screen: 'start',
    config: null,
    file,
    dirty: false,
    varNotes: {},
    focus: 0,
    cursor: -1,
    fresh: false,
    kwDraft: null,
    start: { mode: 'menu', selected: 0, sheetPath: '' },
    rules: { selected: 0, editing: null, query: '', searching: false },
    cards: { selected: 0, editing: null },
    followups: { selected: 0, editing: null },
    question: '',
    tried: [],
    review: { selected: 0 },
    exportForm: { format: 'txt', fileName: 'xhs-reply-sheet.txt', copy: false, force: false, written: null },
    help: false,
    confirm: null,
    notice: null,
  };
}

export function fields(state: State): FieldSpec[] {
  const editing =
    state.screen === 'rules' ? state.rules.editing : state.screen === 'cards' ? state.cards.editing : state.screen === 'followups' ? state.followups.editing : null;
  return fieldsOf({ screen: state.screen, config: state.config, editing, varNotes: state.varNotes });
}

export function focusedField(state: State): FieldSpec | undefined {
  return fields(state)[state.focus];
}

const clamp = (n: number, count: number): number => (count <= 0 ? 0 : Math.max(0, Math.min(count - 1, n)));

function edit(state: State, path: ConfigPath, value: unknown): State {
  if (!state.config) return state;
  return { ...state, config: setIn(state.config, path, value), dirty: true, exportForm: { ...state.exportForm, written: null } };
}

/**
 * Typing into a template's sample card (placeholder: true) makes it the shop's own card: the
 * mark goes (false, so a file that extends the template overrides it there too).
 */
function claimCard(state: State, path: ConfigPath): State {
  const [top, index] = path;
  if (top !== 'product_cards' || typeof index !== 'number' || state.config?.product_cards?.[index]?.placeholder !== true) return state;
  return { ...state, config: setIn(state.config, ['product_cards', index, 'placeholder'], false) };
}

function listKey(list: ListId): 'keyword_rules' | 'product_cards' | 'follow_ups' {
  return list === 'rules' ? 'keyword_rules' : list === 'cards' ? 'product_cards' : 'follow_ups';
}

const EMPTY_NOTICE: Record<ListId, string> = { rules: '空的关键词回复没有保留', cards: '空的商品卡片没有保留', followups: '空的跟单消息没有保留' };

function go(state: State, screen: ScreenId): State {
  return {
    ...state,
    screen,
    focus: 0,
    cursor: -1,
    kwDraft: null,
    help: false,
    confirm: null,
    notice: null,
    // Back at the start with a config open, the first entry (继续编辑) is selected.
    ...(screen === 'start' && screen !== state.screen ? { start: { ...state.start, mode: 'menu' as const, selected: 0 } } : {}),
    // Leaving a screen drops its search: coming back shows every rule.
    rules: { ...state.rules, editing: null, searching: false, ...(screen !== state.screen ? { query: '' } : {}) },
    cards: { ...state.cards, editing: null },
    followups: { ...state.followups, editing: null },
  };
}

/** Replaces the extension of a file name when the format changes. */
export function withExtension(fileName: string, format: ExportFormat): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${base || 'xhs-reply-sheet'}.${format}`;
}

const refocus = (state: State, focus: number): State => ({ ...state, focus, cursor: -1, kwDraft: null });

/** Back to the list; a rule or card left completely empty (added, then abandoned) is dropped. */
function closeEditor(state: State, list: ListId): State {
  const index = state[list].editing;
  const closed = { ...refocus(state, 0), [list]: { ...state[list], editing: null } };
  if (index === null || !state.config) return closed;
  const key = listKey(list);
  const item = state.config[key]?.[index] as { keywords?: string[]; reply?: string; name?: string; product_id?: string; text?: string } | undefined;
  const empty = item && (item.keywords ?? []).length === 0 && !item.reply && !item.name && !item.product_id && !item.text;
  if (!empty) return closed;
  const items = (state.config[key] ?? []) as unknown[];
  return {
    ...closed,
    config: setIn(state.config, [key], items.filter((_, i) => i !== index)),
    [list]: { ...state[list], editing: null, selected: clamp(index, items.length - 1) },
    notice: { kind: 'info', text: EMPTY_NOTICE[list] },
  };
}

/** Whether the focused field starts selected (a short prefilled value, see FieldSpec.replaceOnType). */
function armed(state: State): boolean {
  const spec = focusedField(state);
  return spec?.replaceOnType === true && valueOf(state, spec) !== '';
}

export function reducer(state: State, action: Action): State {
  const next = reduce(state, action);
  if (action.type === 'type' || action.type === 'paste') return next;
  const moved =
    next.focus !== state.focus || next.screen !== state.screen || next.rules.editing !== state.rules.editing || next.cards.editing !== state.cards.editing || next.followups.editing !== state.followups.editing || next.config === null;
  if (moved || action.type === 'load') return { ...next, fresh: armed(next) };
  return next;
}

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'load':
      return {
        ...go(initialState(action.file), action.screen ?? 'shop'),
        config: action.config,
        file: action.file,
        dirty: action.dirty,
        varNotes: action.varNotes ?? {},
      };
    case 'go':
      return state.config || action.screen === 'start' ? go(state, action.screen) : state;
    case 'next':
      return state.config ? go(state, nextScreen(state.screen)) : state;
    case 'back': {
      if (state.help) return { ...state, help: false };
      if (state.confirm) return { ...state, confirm: null };
      if (state.screen === 'start') return state.start.mode === 'menu' ? state : { ...state, start: { ...state.start, mode: 'menu', selected: 0 } };
      // Esc ends a search and shows every rule again (Enter keeps the filter).
      if (state.screen === 'rules' && (state.rules.searching || state.rules.query) && state.rules.editing === null) {
        return { ...state, cursor: -1, rules: { ...state.rules, searching: false, query: '', selected: 0 } };
      }
      if (state.screen === 'rules' && state.rules.editing !== null) return closeEditor(state, 'rules');
      if (state.screen === 'cards' && state.cards.editing !== null) return closeEditor(state, 'cards');
      if (state.screen === 'followups' && state.followups.editing !== null) return closeEditor(state, 'followups');
      return go(state, prevScreen(state.screen));
    }
    case 'focus': {
      const count = fields(state).length;
      if (count === 0) return state;
      return refocus(state, (state.focus + action.delta + count) % count);
    }
    case 'focusId': {
      const i = fields(state).findIndex((f) => f.id === action.id);
      return i < 0 ? state : refocus(state, i);
    }
    case 'setText': {
      const [top] = action.path;
      // Numbers stay numbers in vars (ship_days: 3), as the templates write them.
      const value = top === 'vars' && /^\d+$/.test(action.value) ? Number(action.value) : action.value;
      // A delay is minutes: only digits are kept, and it is stored as a number (the schema's
      // type); emptied, the key goes, so a half-typed delay never makes the file unloadable.
      if (top === 'follow_ups' && action.path[2] === 'delay_minutes') {
        const digits = action.value.replace(/\D/g, '');
        return { ...edit(state, action.path, digits === '' ? undefined : Number(digits)), cursor: action.cursor === undefined ? -1 : Math.min(action.cursor, digits.length) };
      }
      return { ...claimCard(edit(state, action.path, value), action.path), cursor: action.cursor ?? -1 };
    }
    case 'setKeywords':
      return {
        ...claimCard(edit(state, action.path, splitKeywords(action.text)), action.path),
        cursor: action.cursor ?? -1,
        kwDraft: { id: pathKey(action.path), text: action.text },
      };
    case 'toggleMatch': {
      const rule = state.config?.keyword_rules?.[Number(action.path[1])];
      return edit(state, action.path, (rule?.match ?? 'contains') === 'contains' ? 'exact' : 'contains');
    }
    case 'followups/scene': {
      const item = state.config?.follow_ups?.[action.index];
      if (!item) return state;
      const ids = followUpScenes.map((s) => s.id);
      const at = Math.max(0, ids.indexOf(item.scene));
      const scene = ids[(at + action.delta + ids.length) % ids.length] as FollowUpSceneId;
      return edit(state, ['follow_ups', action.index], withScene(item, scene));
    }
    case 'addQuestion': {
      const list = state.config?.welcome?.quick_questions ?? [];
      const max = backendScreen('quick_questions').maxItems?.value ?? Infinity;
      if (list.length >= max) return { ...state, notice: { kind: 'error', text: `后台最多 ${max} 个快捷问题` } };
      const next = edit(state, ['welcome', 'quick_questions'], [...list, '']);
      return refocus(next, 1 + list.length);
    }
    case 'removeQuestion': {
      const list = state.config?.welcome?.quick_questions ?? [];
      const next = edit(state, ['welcome', 'quick_questions'], list.filter((_, i) => i !== action.index));
      return refocus(next, Math.max(0, Math.min(next.focus, fields(next).length - 1)));
    }
    case 'start/mode':
      return { ...state, start: { ...state.start, mode: action.mode, selected: 0 }, notice: null };
    case 'start/select':
      return { ...state, start: { ...state.start, selected: clamp(state.start.selected + action.delta, action.count) } };
    case 'start/sheetPath':
      return { ...state, cursor: action.cursor ?? -1, start: { ...state.start, sheetPath: action.value } };
    case 'list/select': {
      const cur = state[action.list];
      return { ...state, [action.list]: { ...cur, selected: clamp(cur.selected + action.delta, action.count) } };
    }
    case 'list/selectIndex':
      return { ...state, [action.list]: { ...state[action.list], selected: action.index } };
    case 'list/add': {
      if (!state.config) return state;
      const key = listKey(action.list);
      const items = state.config[key] ?? [];
      const item = action.list === 'rules' ? emptyRule(state.config) : action.list === 'cards' ? emptyCard(state.config) : emptyFollowUp(state.config);
      const next = edit(state, [key], [...items, item]);
      const index = items.length;
      return { ...refocus(next, 0), [action.list]: { ...state[action.list], selected: index, editing: index, ...(action.list === 'rules' ? { query: '', searching: false } : {}) } };
    }
    case 'list/edit':
      return { ...refocus(state, 0), notice: null, [action.list]: { ...state[action.list], selected: action.index, editing: action.index } };
    case 'list/close':
      return closeEditor(state, action.list);
    case 'list/delete': {
      if (!state.config) return state;
      const key = listKey(action.list);
      const items = state.config[key] ?? [];
      const next = edit(state, [key], items.filter((_, i) => i !== action.index));
      return { ...next, confirm: null, [action.list]: { ...state[action.list], editing: null, selected: clamp(action.index, items.length - 1) } };
    }
    case 'list/move': {
      if (!state.config) return state;
      const key = listKey(action.list);
      const items = state.config[key] ?? [];
      const to = action.index + action.delta;
      if (to < 0 || to >= items.length) return state;
      const next = edit(state, [key], move(items as unknown[], action.index, to));
      return { ...next, [action.list]: { ...state[action.list], selected: to } };
    }
    case 'rules/search':
      return { ...state, cursor: action.cursor ?? -1, rules: { ...state.rules, query: action.query, selected: 0 } };
    case 'rules/searching':
      return { ...state, cursor: -1, rules: { ...state.rules, searching: action.on } };
    case 'question': {
      // A question cleared away was tried: remember it for grouping the next one.
      const cleared = action.value.trim() === '' && state.question.trim() !== '';
      return { ...state, question: action.value, cursor: action.cursor ?? -1, tried: cleared ? remember(state.tried, state.question) : state.tried };
    }
    case 'try/apply': {
      const offer = trySuggestion(state);
      if (!offer || !state.config) return state;
      return {
        ...state,
        config: offer.config,
        dirty: true,
        exportForm: { ...state.exportForm, written: null },
        tried: remember(state.tried, state.question),
        notice: { kind: 'ok', text: offerNotice(offer) },
      };
    }
    case 'review/select':
      return { ...state, review: { selected: clamp(state.review.selected + action.delta, action.count) } };
    case 'jump': {
      const where = locate(action.path);
      let next = go(state, where.screen);
      if (where.screen === 'rules' && where.item !== undefined) next = { ...next, rules: { ...next.rules, query: '', selected: where.item, editing: where.item } };
      if (where.screen === 'cards' && where.item !== undefined) next = { ...next, cards: { selected: where.item, editing: where.item } };
      if (where.screen === 'followups' && where.item !== undefined) next = { ...next, followups: { selected: where.item, editing: where.item } };
      const i = fields(next).findIndex((f) => f.path !== undefined && pathKey(f.path) === pathKey(where.path));
      const focused = refocus(next, Math.max(0, i));
      // The cursor goes to what the finding is about, so the field's window shows it: the
      // keyword in a keyword list, the span in a text.
      const [, , key, sub] = action.path;
      let at = action.at ?? -1;
      if (key === 'keywords' && typeof sub === 'number' && state.config) at = keywordSpan(textAt(state.config, where.path), sub)?.start ?? -1;
      return { ...focused, cursor: at };
    }
    case 'export/set': {
      const form = { ...state.exportForm, ...action.patch };
      if (action.patch.format && action.patch.fileName === undefined) form.fileName = withExtension(form.fileName, action.patch.format);
      return { ...state, cursor: action.cursor ?? -1, exportForm: { ...form, written: action.patch.written ?? null } };
    }
    case 'help':
      return { ...state, help: action.open };
    case 'confirm':
      return { ...state, confirm: action.confirm };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'type': {
      const target = textTarget(state);
      if (!target) return state;
      if (state.fresh) {
        const k = action.key;
        const printable = !k.ctrl && !k.meta && !k.escape && !k.return && !k.tab && !k.upArrow && !k.downArrow && !k.leftArrow && !k.rightArrow && !k.pageUp && !k.pageDown;
        const unselected = { ...state, fresh: false };
        // Typing replaces the selected value; Backspace clears it; other keys just unselect.
        if (k.backspace || k.delete) return reducer(unselected, target.write('', 0));
        if (printable) {
          const typed = editBuffer({ value: '', cursor: 0 }, action.input, k);
          if (typed) return reducer(unselected, target.write(typed.value, typed.cursor));
        }
        state = unselected;
      }
      const edited = editBuffer({ value: target.value, cursor: state.cursor }, action.input, action.key);
      if (!edited) return state;
      // Moving the cursor changes nothing to save.
      if (edited.value === target.value) return { ...state, cursor: edited.cursor };
      return reducer(state, target.write(edited.value, edited.cursor));
    }
    case 'paste': {
      const target = textTarget(state);
      if (!target) return { ...state, notice: { kind: 'info', text: '这里没有输入框，粘贴的文字没有使用' } };
      const keywords = state.screen !== 'try' && focusedField(state)?.kind === 'keywords';
      const { text, lines } = pastedText(action.text, keywords);
      if (text === '') return state;
      // A paste over a selected prefilled value replaces it, as typing does.
      const { value, cursor } = state.fresh ? { value: '', cursor: 0 } : clampCursor({ value: target.value, cursor: state.cursor });
      const next = reducer({ ...state, fresh: false }, target.write(value.slice(0, cursor) + text + value.slice(cursor), cursor + text.length));
      if (lines < 2) return next;
      const notice = keywords ? `粘贴了 ${lines} 行，每行一个关键词` : `粘贴了 ${lines} 行，换行已换成空格`;
      return { ...next, notice: { kind: 'info', text: notice } };
    }
    case 'saved':
      return { ...state, file: action.file, dirty: false, notice: { kind: 'ok', text: `已保存 ${action.file}` } };
  }
}

/** The text a field shows and edits: config value, keyword draft, or a form value. */
export function valueOf(state: State, spec: FieldSpec): string {
  if (spec.kind === 'keywords' && state.kwDraft?.id === spec.id) return state.kwDraft.text;
  if (spec.path && state.config) return textAt(state.config, spec.path);
  if (spec.id === 'question') return state.question;
  if (spec.id === 'fileName') return state.exportForm.fileName;
  return '';
}

/** The focused text and how to write it back, wherever it lives. */
export function textTarget(state: State): { value: string; write: (value: string, cursor: number) => Action } | null {
  if (state.help || state.confirm) return null;
  if (state.screen === 'start') {
    if (state.start.mode !== 'sheet') return null;
    return { value: state.start.sheetPath, write: (value, cursor) => ({ type: 'start/sheetPath', value, cursor }) };
  }
  if (state.screen === 'rules' && state.rules.editing === null) {
    return state.rules.searching ? { value: state.rules.query, write: (query, cursor) => ({ type: 'rules/search', query, cursor }) } : null;
  }
  if (state.screen === 'try') return { value: state.question, write: (value, cursor) => ({ type: 'question', value, cursor }) };
  const spec = focusedField(state);
  if (!spec || !isTextKind(spec.kind)) return null;
  const value = valueOf(state, spec);
  if (spec.id === 'fileName') return { value, write: (fileName, cursor) => ({ type: 'export/set', patch: { fileName }, cursor }) };
  if (!spec.path) return null;
  const path = spec.path;
  if (spec.kind === 'keywords') return { value, write: (text, cursor) => ({ type: 'setKeywords', path, text, cursor }) };
  return { value, write: (text, cursor) => ({ type: 'setText', path, value: text, cursor }) };
}
