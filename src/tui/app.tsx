// The guided app: one reducer (state.ts), one key handler (hooks/use-commands.ts), screens
// that draw the state. Loaded lazily by main.ts only when a terminal runs xhs-reply with no
// command, so lint and check never load Ink or React.
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, render, useApp } from 'ink';
import type { Document } from 'yaml';
import type { Io } from '../io.js';
import { UserError } from '../errors.js';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { noticeLines, StatusLine } from './components/StatusLine.js';
import { readDraft, removeDraft, stamp, writeDraftSync, type Draft } from './draft.js';
import { countFindings, createLintCache, reviewFindings, statusFinding } from './findings.js';
import { keymapOf, useCommands, type Actions } from './hooks/use-commands.js';
import { UiContext } from './hooks/use-ui.js';
import { useLatestReducer } from './hooks/use-latest-reducer.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON, footerBindings } from './keys.js';
import { describePath } from './model.js';
import { CardsScreen } from './screens/CardsScreen.js';
import { ExportScreen } from './screens/ExportScreen.js';
import { FollowUpsScreen } from './screens/FollowUpsScreen.js';
import { ReviewScreen } from './screens/ReviewScreen.js';
import { RulesScreen } from './screens/RulesScreen.js';
import { ShopScreen } from './screens/ShopScreen.js';
import { StartScreen, startItems, type StartItem, type TemplateInfo } from './screens/StartScreen.js';
import { TryScreen } from './screens/TryScreen.js';
import { WelcomeScreen } from './screens/WelcomeScreen.js';
import { createServices } from './real-services.js';
import { CONFIG_NAME, shownPath, varNotesOf, type Opened, type Services } from './services.js';
import { focusedField, initialState, reducer, type State } from './state.js';
import { filterRules } from './screens/RulesScreen.js';
import { colourTheme, plainTheme, themeFor, type Theme } from './theme.js';
import { join } from 'node:path';
import { padEnd } from './width.js';

export interface AppProps {
  readonly cwd: string;
  readonly width?: number;
  readonly height?: number;
  readonly theme?: Theme;
  /** A draft found at start; undefined = look for one in cwd. */
  readonly draft?: Draft | null;
  readonly services?: Services;
  /** Called with every new state (the crash handler saves the latest as a draft). */
  readonly onState?: (state: State) => void;
  /** Called once when the app quits, with what to tell the merchant afterwards. */
  readonly onQuit?: (message: string | null) => void;
}

function errorText(err: unknown): string {
  if (err instanceof UserError) return err.format('zh');
  return `内部错误：${(err as Error)?.message ?? String(err)}`;
}

export function App(props: AppProps) {
  return <AppInner {...props} services={props.services ?? defaultServices} />;
}

const defaultServices = createServices({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });

function AppInner({ cwd, width: fixedWidth, height: fixedHeight, theme = colourTheme, draft: givenDraft, services, onState, onQuit }: AppProps & { readonly services: Services }) {
  const { exit } = useApp();
  const { width, height } = useTerminalSize({ width: fixedWidth, height: fixedHeight });
  const [state, dispatch, latest] = useLatestReducer(reducer, () => initialState(join(cwd, CONFIG_NAME)));
  const [draft, setDraft] = useState<Draft | null>(() => (givenDraft === undefined ? readDraft(cwd) : givenDraft));
  const documentRef = useRef<Document | null>(null);
  const confirmDiscard = useRef<string | null>(null);
  const cache = useRef(createLintCache());
  const templates = useMemo<TemplateInfo[]>(() => services.listTemplates(), [services]);
  const configFile = useMemo(() => services.configFile(cwd), [services, cwd, state.file, state.dirty]);
  const findings = useMemo(() => (state.config ? reviewFindings(state.config, cache.current) : []), [state.config]);
  const items = startItems({
    draft: draft ? { savedAt: draft.savedAt, file: shownPath(draft.file, cwd) } : null,
    configFile,
    loaded: state.config !== null,
  });

  useEffect(() => {
    onState?.(state);
  }, [state, onState]);

  // With a config in this folder (and no draft to resume first), Enter opens it.
  useEffect(() => {
    const open = items.findIndex((i) => i.id === 'open');
    if (open > 0 && items[0].id !== 'resume') dispatch({ type: 'start/select', delta: open, count: items.length });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fail = useCallback((err: unknown) => dispatch({ type: 'notice', notice: { kind: 'error', text: errorText(err) } }), []);
  const load = useCallback((opened: Opened, screen: State['screen'] = 'shop', dirty = false) => {
    documentRef.current = opened.document;
    dispatch({ type: 'load', config: opened.config, file: opened.file, dirty, screen, varNotes: opened.varNotes });
    if (opened.notice) dispatch({ type: 'notice', notice: { kind: 'info', text: opened.notice } });
  }, []);

  const quit = useCallback(() => {
    let message: string | null = null;
    const state = latest();
    if (state.config && state.dirty) {
      const path = writeDraftSync({ file: state.file, screen: state.screen, savedAt: stamp(new Date()), config: state.config }, cwd);
      message = `未保存的改动已存为草稿 ${shownPath(path, cwd)}，再次运行 xhs-reply 可以恢复。`;
    }
    onQuit?.(message);
    exit();
  }, [latest, cwd, exit, onQuit]);

  const actions: Actions = {
    quit,
    save: () => {
      const state = latest();
      if (!state.config) return;
      const config = state.config;
      services
        .saveConfig(state.file, documentRef.current, config, cwd)
        .then((result) => {
          documentRef.current = result.document;
          removeDraft(cwd);
          setDraft(null);
          dispatch({ type: 'saved', file: state.file });
          const extra = [result.expanded.length ? `已展开模板 ${result.expanded.join('、')}` : '', result.backup ? '原文件备份为 .bak' : '']
            .filter(Boolean)
            .join('，');
          dispatch({ type: 'notice', notice: { kind: 'ok', text: `已写入 ${shownPath(result.file, cwd)}${extra ? `（${extra}）` : ''}` } });
        })
        .catch((err: unknown) => {
          // An incomplete config does not load, so it is not written over the file; the
          // typing is kept as a draft instead.
          writeDraftSync({ file: state.file, screen: state.screen, savedAt: stamp(new Date()), config }, cwd);
          dispatch({ type: 'notice', notice: { kind: 'error', text: `没有保存（已存为草稿）：${errorText(err)}` } });
        });
    },
    exportSheet: () => {
      const state = latest();
      if (!state.config) return;
      const current = reviewFindings(state.config, cache.current);
      const { errors } = countFindings(current);
      if (errors > 0 && !state.exportForm.force) {
        const first = current.find((f) => f.severity === 2);
        dispatch({
          type: 'notice',
          notice: { kind: 'error', text: `还有 ${errors} 个错误，未导出。第一个：${first ? describePath(first.path, state.config) : ''}` },
        });
        return;
      }
      services
        .exportSheet(state.config, state.exportForm, cwd)
        .then((r) => {
          dispatch({ type: 'export/set', patch: { written: r.file } });
          const copy = copyNote(state.exportForm.copy, r.copied);
          dispatch({ type: 'notice', notice: { kind: 'ok', text: `已导出 ${shownPath(r.file, cwd)}${copy}` } });
        })
        .catch(fail);
    },
    startItem: (item: StartItem) => {
      // Opening something else would drop unsaved changes: ask once, a second Enter goes on.
      if (['resume', 'new', 'open', 'sheet'].includes(item.id) && latest().dirty && confirmDiscard.current !== item.id) {
        confirmDiscard.current = item.id;
        dispatch({ type: 'notice', notice: { kind: 'error', text: '当前配置还没保存：按 Ctrl-S 保存，或再按一次 Enter 放弃改动' } });
        return;
      }
      if (item.id !== 'discard') confirmDiscard.current = null;
      switch (item.id) {
        case 'resume':
          if (!draft) return;
          services
            .openConfig(draft.file, cwd)
            .then((opened) => (documentRef.current = opened.document))
            .catch(() => (documentRef.current = null))
            .finally(() => {
              const doc = documentRef.current;
              load({ config: draft.config, document: doc, file: draft.file, notice: `已恢复 ${draft.savedAt} 的草稿`, varNotes: varNotesOf(doc) }, draft.screen, true);
            });
          return;
        case 'discard':
          // The draft holds typing that was never saved: ask once, a second Enter discards.
          if (confirmDiscard.current !== 'discard-draft') {
            confirmDiscard.current = 'discard-draft';
            dispatch({ type: 'notice', notice: { kind: 'error', text: '草稿里的改动没有保存过：再按一次 Enter 丢弃，按 ↑ 选「恢复」保留' } });
            return;
          }
          confirmDiscard.current = null;
          removeDraft(cwd);
          setDraft(null);
          dispatch({ type: 'start/select', delta: -99, count: 1 });
          dispatch({ type: 'notice', notice: { kind: 'info', text: '草稿已丢弃' } });
          return;
        case 'continue':
          dispatch({ type: 'go', screen: 'shop' });
          return;
        case 'new':
          dispatch({ type: 'start/mode', mode: 'templates' });
          return;
        case 'open':
          services.openConfig(configFile ?? CONFIG_NAME, cwd).then((o) => load(o), fail);
          return;
        case 'sheet':
          dispatch({ type: 'start/mode', mode: 'sheet' });
          return;
      }
    },
    newFromTemplate: (t: TemplateInfo) => {
      services.newFromTemplate(t.name, cwd).then((o) => load(o, 'shop', true), fail);
    },
    openSheet: (path: string) => {
      services.openSheet(path, cwd).then((o) => load(o, 'review', true), fail);
    },
  };

  useCommands({ state, dispatch, startItems: items, templates, findings, actions }, latest);

  const { map, inText } = keymapOf(state);
  const { errors, warnings } = countFindings(findings);
  // A long notice wraps below the status line; the body gives up the rows it takes.
  const statusExtra = noticeLines({ errors, warnings, dirty: state.dirty, loaded: state.config !== null, notice: state.notice }, width).length;
  const bodyRows = height - 6 - statusExtra;
  const props = { state, dispatch, rows: bodyRows, findings };
  let body: React.ReactNode;
  if (state.help) body = <HelpOverlay keymap={keymapOf({ ...state, help: false }).map} inText={keymapOf({ ...state, help: false }).inText} rows={bodyRows} />;
  else {
    switch (state.screen) {
      case 'start':
        body = <StartScreen {...props} items={items} templates={templates} />;
        break;
      case 'shop':
        body = <ShopScreen {...props} />;
        break;
      case 'welcome':
        body = <WelcomeScreen {...props} />;
        break;
      case 'rules':
        body = <RulesScreen {...props} findings={findings} />;
        break;
      case 'cards':
        body = <CardsScreen {...props} findings={findings} />;
        break;
      case 'followups':
        body = <FollowUpsScreen {...props} findings={findings} />;
        break;
      case 'try':
        body = <TryScreen {...props} />;
        break;
      case 'review':
        body = <ReviewScreen {...props} findings={findings} />;
        break;
      case 'export':
        body = <ExportScreen {...props} findings={findings} />;
        break;
    }
  }
  const confirmText = state.confirm
    ? `删除${CONFIRM_WHAT[state.confirm.kind]} #${state.confirm.index + 1}？按 y 删除，n 取消`
    : null;
  return (
    <UiContext.Provider value={{ theme, width, height }}>
      <Box flexDirection="column" width={width}>
        <Header screen={state.screen} file={state.config ? shownPath(state.file, cwd) : null} />
        <Text color={theme.muted}>{'─'.repeat(width)}</Text>
        <Box flexDirection="column" height={bodyRows} overflow="hidden">
          {body}
        </Box>
        {confirmText ? (
          // In the status line's place, so nothing above moves (a shifted list left stale text).
          <Text inverse color={theme.warning}>
            {padEnd(confirmText, width)}
          </Text>
        ) : (
          <StatusLine errors={errors} warnings={warnings} dirty={state.dirty} loaded={state.config !== null} notice={state.notice} finding={statusFinding(statusPlace(state), findings)} />
        )}
        <Footer bindings={footerBindings(map, inText).filter((b) => state.config !== null || b.command !== 'save')} />
      </Box>
    </UiContext.Provider>
  );
}

const CONFIRM_WHAT = { 'delete-rule': '关键词回复', 'delete-card': '商品卡片', 'delete-follow-up': '跟单消息' } as const;

/** What the export notice says about the clipboard: only a system clipboard write is a copy. */
export function copyNote(requested: boolean, how: 'clipboard' | 'osc52' | 'none'): string {
  if (!requested) return '';
  if (how === 'clipboard') return '，已复制到剪贴板';
  // OSC 52 asks the terminal to set the clipboard; many terminals ignore it, so no claim.
  if (how === 'osc52') return '；没有系统剪贴板，已通过终端（OSC 52）发送，终端不支持时不会复制';
  return '；这里没有可用的剪贴板，未复制';
}

/** What the status line's finding is about: the rule or card in hand, or the focused field. */
export function statusPlace(state: State): Parameters<typeof statusFinding>[0] {
  const field = focusedField(state)?.path;
  if (state.screen === 'rules') {
    const index = state.rules.editing ?? filterRules(state.config?.keyword_rules ?? [], state.rules.query)[state.rules.selected];
    return { screen: state.screen, field, ...(index !== undefined ? { item: { top: 'keyword_rules', index } } : {}) };
  }
  if (state.screen === 'cards') return { screen: state.screen, field, item: { top: 'product_cards', index: state.cards.editing ?? state.cards.selected } };
  if (state.screen === 'followups') return { screen: state.screen, field, item: { top: 'follow_ups', index: state.followups.editing ?? state.followups.selected } };
  if (state.screen === 'shop' || state.screen === 'welcome') return { screen: state.screen, field };
  return { screen: state.screen };
}

/**
 * What happens when the app crashes: the merchant's typing must not be lost, so the latest
 * state is saved as a draft first, then one line says what went wrong.
 */
export function crashHandler(latest: () => State | null, io: Pick<Io, 'cwd' | 'stderr'> & { stdout?: Io['stdout'] }, exit: (code: number) => void = (code) => process.exit(code)) {
  return (err: unknown): void => {
    // The terminal goes back to delivering pastes as plain keys for the shell.
    io.stdout?.write(BRACKETED_PASTE_OFF);
    const state = latest();
    if (state?.config && state.dirty) {
      try {
        writeDraftSync({ file: state.file, screen: state.screen, savedAt: stamp(new Date()), config: state.config }, io.cwd);
        io.stderr.write('xhs-reply: 出错了，未保存的改动已存为草稿 .xhs-reply-draft.yaml，再次运行 xhs-reply 可以恢复\n');
      } catch {
        // Nothing more can be done while going down.
      }
    }
    io.stderr.write(`xhs-reply: 内部错误：${(err as Error)?.message ?? String(err)}\n`);
    exit(2);
  };
}

export async function runApp(args: string[], io: Io): Promise<number> {
  let latest: State | null = null;
  let message: string | null = null;
  const onCrash = crashHandler(() => latest, io);
  process.on('uncaughtException', onCrash);
  // Bracketed paste: a pasted text arrives marked, so its line breaks stay text instead of
  // acting as Enter in the next field. Turned off again however the app ends.
  io.stdout.write(BRACKETED_PASTE_ON);
  try {
    const instance = render(
      <App
        cwd={io.cwd}
        theme={args.includes('--no-color') ? plainTheme : themeFor(io.env)}
        services={createServices(io)}
        onState={(s) => (latest = s)}
        onQuit={(m) => (message = m)}
      />,
      { exitOnCtrlC: false, stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream, stderr: io.stderr as NodeJS.WriteStream },
    );
    await instance.waitUntilExit();
  } finally {
    io.stdout.write(BRACKETED_PASTE_OFF);
    process.off('uncaughtException', onCrash);
  }
  if (message) io.stderr.write(`${message}\n`);
  return 0;
}
