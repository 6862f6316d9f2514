// Every key binding, one table per screen. The footer and the `?` help are drawn from these
// tables and the screens dispatch through resolveKey, so help can never drift from behaviour.
// Keys are chosen to reach the app through tmux and common terminals: Ctrl letters that the
// terminal does not take (not Ctrl-H/I/M/Z), no function keys.
export interface InkKey {
  readonly upArrow: boolean;
  readonly downArrow: boolean;
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly pageUp: boolean;
  readonly pageDown: boolean;
  readonly return: boolean;
  readonly escape: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly tab: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
  readonly meta: boolean;
}

export type Command =
  | 'save'
  | 'quit'
  | 'help'
  | 'back'
  | 'next'
  | 'focusNext'
  | 'focusPrev'
  | 'fix'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'enter'
  | 'toggle'
  | 'add'
  | 'delete'
  | 'moveUp'
  | 'moveDown'
  | 'search'
  | 'yes'
  | 'no'
  | 'clear';

export interface Binding {
  readonly command: Command;
  /** The key as the footer shows it. */
  readonly label: string;
  readonly desc: string;
  /** A plain character key: it types into a text field instead when one is focused. */
  readonly printable?: boolean;
  /** Shown in the footer (all bindings show in the `?` help). */
  readonly footer?: boolean;
  /** A second key for the same thing (→ next to ←→): listed neither in the footer nor in help. */
  readonly alias?: boolean;
  /** Only means something in a text field: the footer shows it only there. */
  readonly textOnly?: boolean;
  readonly test: (input: string, key: InkKey) => boolean;
}

const ctrl = (letter: string) => (input: string, key: InkKey) => key.ctrl && input === letter;
const char = (c: string) => (input: string, key: InkKey) => !key.ctrl && !key.meta && input === c;

const b = (command: Command, label: string, desc: string, test: Binding['test'], extra: Partial<Binding> = {}): Binding => ({
  command,
  label,
  desc,
  test,
  footer: true,
  ...extra,
});

const focusKeys: Binding[] = [
  b('focusNext', 'Tab', '下一项', (_, k) => k.tab && !k.shift),
  b('focusPrev', 'Shift-Tab', '上一项', (_, k) => k.tab && k.shift, { footer: false }),
  b('down', '↑↓', '上一项/下一项', (_, k) => k.downArrow, { footer: false }),
  b('up', '↑', '上一项', (_, k) => k.upArrow, { footer: false, alias: true }),
];

const fixKey = b('fix', 'Ctrl-F', '采用建议改写', ctrl('f'));
const nextKey = b('next', 'Ctrl-N', '下一步', ctrl('n'));

/** Keys of the lists whose order is the backend's order (rules, cards, follow-ups): one table, so
 *  the three lists cannot drift apart. `nextRow` names the ↓ key's row in the full key list. */
function orderedListKeys(nextRow: string, ...extra: Binding[]): Binding[] {
  return [
    b('up', '↑↓', '选择', (_, k) => k.upArrow),
    b('down', '↓', nextRow, (_, k) => k.downArrow, { footer: false, alias: true }),
    b('enter', 'Enter', '编辑', (_, k) => k.return),
    b('add', 'a', '新增', char('a'), { printable: true }),
    b('delete', 'd', '删除', char('d'), { printable: true }),
    b('moveUp', '[', '上移', char('['), { printable: true }),
    b('moveDown', ']', '下移', char(']'), { printable: true }),
    ...extra,
    nextKey,
  ];
}

/** Keys every screen has; listed last in the footer. */
export const globalKeys: readonly Binding[] = [
  b('save', 'Ctrl-S', '保存', ctrl('s')),
  b('back', 'Esc', '返回', (_, k) => k.escape),
  b('help', '?', '全部按键', char('?'), { printable: true }),
  b('help', 'Ctrl-G', '全部按键（在输入框里）', ctrl('g'), { footer: false }),
  // Carried out by the text editing itself (text-edit.ts); listed so it can be found.
  b('clear', 'Ctrl-U', '清空', ctrl('u'), { textOnly: true }),
  b('quit', 'Ctrl-C', '退出（未保存的改动存为草稿）', ctrl('c'), { footer: false }),
  // q quits where no text field has focus, as in most terminal apps; in a field it just types.
  b('quit', 'q', '退出（不在输入框时）', char('q'), { footer: false, printable: true }),
];

export type KeymapId =
  | 'start'
  | 'startInput'
  | 'form'
  | 'rulesList'
  | 'cardsList'
  | 'followupsList'
  | 'followUpEdit'
  | 'itemEdit'
  | 'try'
  | 'review'
  | 'export'
  | 'confirm'
  | 'help';

export const keymaps: Readonly<Record<KeymapId, readonly Binding[]>> = {
  start: [
    b('up', '↑↓', '选择', (_, k) => k.upArrow),
    b('down', '↓', '下一个', (_, k) => k.downArrow, { footer: false, alias: true }),
    b('enter', 'Enter', '确定', (_, k) => k.return),
  ],
  startInput: [b('enter', 'Enter', '检查这个文件', (_, k) => k.return)],
  form: [
    ...focusKeys,
    fixKey,
    b('enter', 'Enter', '按钮/下一项', (_, k) => k.return, { footer: false }),
    b('left', '←→', '选类目', (_, k) => k.leftArrow, { footer: false }),
    b('right', '→', '选类目', (_, k) => k.rightArrow, { footer: false, alias: true }),
    b('delete', 'Ctrl-D', '删除此快捷问题', ctrl('d'), { footer: false }),
    nextKey,
  ],
  rulesList: orderedListKeys('下一条', b('search', '/', '搜索', char('/'), { printable: true })),
  cardsList: orderedListKeys('下一张'),
  followupsList: orderedListKeys('下一条'),
  // A follow-up's editor: the scene is a choice, so ←→ are in the footer (a text field takes
  // them as cursor keys, where they do not show).
  followUpEdit: [
    ...focusKeys,
    fixKey,
    // Marked printable only so a focused text field (where ←→ move the cursor) hides it.
    b('left', '←→', '换场景', (_, k) => k.leftArrow, { printable: true }),
    b('right', '→', '下一个场景', (_, k) => k.rightArrow, { footer: false, alias: true }),
    b('toggle', '空格', '换场景', char(' '), { printable: true, footer: false }),
    b('enter', 'Enter', '下一项/完成', (_, k) => k.return, { footer: false }),
  ],
  itemEdit: [
    ...focusKeys,
    fixKey,
    b('toggle', '空格', '切换匹配方式', char(' '), { printable: true, footer: false }),
    b('left', '←→', '切换匹配方式', (_, k) => k.leftArrow, { footer: false }),
    b('right', '→', '切换匹配方式', (_, k) => k.rightArrow, { footer: false, alias: true }),
    b('enter', 'Enter', '下一项/完成', (_, k) => k.return, { footer: false }),
  ],
  // Enter is not typed into the question, so it is free to take the suggestion shown.
  try: [b('enter', 'Enter', '采用建议', (_, k) => k.return), nextKey],
  review: [
    b('up', '↑↓', '选择', (_, k) => k.upArrow),
    b('down', '↓', '下一条', (_, k) => k.downArrow, { footer: false, alias: true }),
    b('enter', 'Enter', '跳到这段文字', (_, k) => k.return),
    nextKey,
  ],
  export: [
    ...focusKeys,
    b('left', '←→', '换格式', (_, k) => k.leftArrow, { footer: false }),
    b('right', '→', '下一个格式', (_, k) => k.rightArrow, { footer: false, alias: true }),
    b('toggle', '空格', '勾选', char(' '), { printable: true, footer: false }),
    b('enter', 'Enter', '导出', (_, k) => k.return),
  ],
  confirm: [b('yes', 'y', '确定删除', char('y'), { printable: true }), b('no', 'n', '取消', char('n'), { printable: true })],
  help: [b('back', 'Esc', '关闭帮助', (_, k) => k.escape)],
};

/**
 * The command a key means on a screen. In a text field plain characters type, so printable
 * bindings are skipped there; Ctrl bindings and special keys still work.
 */
export function resolveKey(map: KeymapId, input: string, key: InkKey, inText: boolean): Command | null {
  for (const table of [keymaps[map], globalKeys]) {
    for (const binding of table) {
      if (inText && binding.printable) continue;
      if (binding.test(input, key)) return binding.command;
    }
  }
  return null;
}

/** The footer entries of a screen: its own keys, then the global ones. */
export function footerBindings(map: KeymapId, inText: boolean): Binding[] {
  if (map === 'help' || map === 'confirm') return [...keymaps[map]];
  const shown = (x: Binding) => x.footer && !(inText && x.printable) && (!x.textOnly || inText);
  const own = keymaps[map].filter(shown);
  const global = globalKeys.filter(shown);
  const clear = global.filter((x) => x.textOnly);
  const help = inText ? globalKeys.filter((x) => x.command === 'help' && !x.printable) : [];
  // Ctrl-U right after the screen's own keys: in a prefilled field it is the first key needed.
  return [...own, ...clear, ...global.filter((x) => !x.textOnly), ...help.map((h) => ({ ...h, desc: '全部按键' }))];
}

/** What the `?` help lists for a screen: its keys, then the global ones, aliases left out. */
export function helpBindings(map: KeymapId): Binding[] {
  const seen = new Set<string>();
  return [...keymaps[map], ...globalKeys].filter((b) => {
    const key = `${b.label}\u0000${b.desc}`;
    if (b.alias || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const NO_KEY: InkKey = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
};

/**
 * Ink hands over a chunk of several keys as one "input" when they arrive together (tmux
 * send-keys, a fast typist over SSH, a paste): split off Tab, Enter, Backspace and Ctrl
 * letters so each acts as its own key; runs of ordinary text stay one input.
 */
export function splitChunk(input: string, key: InkKey): { input: string; key: InkKey }[] {
  // Esc right before another key reaches Ink as one sequence: Esc+letter looks like Alt+letter
  // and Esc+Ctrl-N like a bare control character (Ink strips the ESC). The app binds no Alt
  // keys, so such a key is the Esc the merchant pressed followed by that key.
  const escape = { input: '', key: { ...NO_KEY, escape: true, meta: true } };
  if (key.meta && !key.escape && !key.ctrl && input !== '' && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow) {
    return [escape, ...splitChunk(input, { ...key, meta: false })];
  }
  if (input.length === 1 && !key.ctrl && /[\u0001-\u001a]/.test(input) && input !== '\t' && input !== '\r' && input !== '\n') {
    return [escape, { input: String.fromCharCode(input.charCodeAt(0) + 96), key: { ...NO_KEY, ctrl: true } }];
  }
  if (input.length <= 1 || key.ctrl || key.meta || key.escape || !/[\u0000-\u001f\u007f]/.test(input)) return [{ input, key }];
  const out: { input: string; key: InkKey }[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ input: text, key: NO_KEY });
    text = '';
  };
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 && code !== 0x7f) {
      text += ch;
      continue;
    }
    flush();
    if (ch === '\t') out.push({ input: '', key: { ...NO_KEY, tab: true } });
    else if (ch === '\r' || ch === '\n') out.push({ input: '', key: { ...NO_KEY, return: true } });
    else if (code === 0x7f || code === 0x08) out.push({ input: '', key: { ...NO_KEY, backspace: true } });
    else if (code >= 1 && code <= 26) out.push({ input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } });
  }
  flush();
  return out;
}

/** Bracketed paste (xterm, tmux, iTerm2, Windows Terminal …): the app turns it on at start. */
export const BRACKETED_PASTE_ON = '\u001b[?2004h';
export const BRACKETED_PASTE_OFF = '\u001b[?2004l';

export type InputEvent = { readonly kind: 'keys'; readonly parts: { input: string; key: InkKey }[] } | { readonly kind: 'paste'; readonly text: string } | { readonly kind: 'none' };

/**
 * Tells a paste from typed keys. With bracketed paste on, the terminal wraps a paste in
 * ESC[200~ … ESC[201~ (Ink hands these over as "[200~" and "[201~" with the ESC stripped);
 * everything in between is text, its line breaks included — never Enter, Tab or a command
 * key. A terminal without bracketed paste delivers a multi-line paste as one chunk with text
 * on both sides of a line break, which no typist produces: that is read as a paste too.
 */
export class PasteReader {
  private buffer: string | null = null;

  read(input: string, key: InkKey): InputEvent {
    if (this.buffer === null && input === '[200~') {
      this.buffer = '';
      return { kind: 'none' };
    }
    if (this.buffer !== null) {
      if (input === '[201~' || input.endsWith('\u001b[201~')) {
        const text = this.buffer + (input === '[201~' ? '' : input.slice(0, -'\u001b[201~'.length));
        this.buffer = null;
        return { kind: 'paste', text };
      }
      // Inside a paste a lone line break or tab arrives parsed as a key: keep it as text.
      if (key.return) this.buffer += '\n';
      else if (key.tab) this.buffer += '\t';
      else if (!key.ctrl && !key.meta && !key.escape) this.buffer += input;
      return { kind: 'none' };
    }
    if (!key.ctrl && !key.meta && input.length > 2 && /[^\u0000-\u001f\u007f][\r\n]+[^\u0000-\u001f\u007f]/.test(input) && !/[\u0001-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(input)) {
      return { kind: 'paste', text: input };
    }
    return { kind: 'keys', parts: splitChunk(input, key) };
  }
}

/**
 * Pasted text as one field takes it. The app's fields are one paragraph each (the backend's
 * reply boxes are filled by pasting one text per box, and the txt sheet is one line per
 * text), so line breaks become a space; in a keyword field each pasted line is a keyword.
 */
export function pastedText(raw: string, keywords: boolean): { text: string; lines: number } {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .filter((l) => l !== '');
  return { text: lines.join(keywords ? '，' : ' '), lines: lines.length };
}
