// A real terminal at a fixed size for the app's end-to-end test: tmux where it is installed
// (.ci/run installs it), otherwise util-linux script(1) — on every Debian/Ubuntu, as part of
// bsdutils — for the pseudo-terminal and xterm.js (@xterm/headless, a devDependency) as the
// screen. Either way the app runs in a real pty with isTTY, raw mode and 80×24, and the test reads
// back what a person would see.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import xterm from '@xterm/headless';

export interface TestTerminal {
  /** Which backend, for the test's name. */
  readonly kind: string;
  /** The visible screen, one line per row, trailing blanks trimmed. */
  screen(): string;
  /** Named keys as tmux spells them: Enter, Tab, Escape, Up, Down, Left, Right, C-x. */
  keys(...names: string[]): void;
  /** Literal text, as typed. */
  type(text: string): void;
  /** Text pasted as a terminal pastes it: line feeds sent as carriage returns, and wrapped in
   *  ESC[200~ … ESC[201~ when the app turned bracketed paste on (tmux paste-buffer -p). */
  paste(text: string): void;
  /** The first run of inverse-video (SGR 7) text on screen row `row`, or undefined. */
  inverse(row: number): string | undefined;
  /** Ends the app (if still running) and starts it again in the same terminal. */
  restart(): void;
  close(): void;
}

export interface TerminalOptions {
  readonly cwd: string;
  /** The app's command line, already shell-quoted. */
  readonly command: string;
  readonly cols: number;
  readonly rows: number;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;

/** XHS_REPLY_TERMINAL=script uses the script(1) backend even where tmux is installed. */
export function openTerminal(options: TerminalOptions): TestTerminal {
  if (process.env.XHS_REPLY_TERMINAL !== 'script' && has('tmux', '-V')) return tmuxTerminal(options);
  if (has('script', '--version')) return scriptTerminal(options);
  throw new Error('the app test needs a terminal: install tmux, or util-linux (script)');
}

let opened = 0;

function tmuxTerminal({ cwd, command, cols, rows }: TerminalOptions): TestTerminal {
  // One server per terminal, so a test file may open several.
  const socket = `xhs-test-${process.pid}-${++opened}`;
  const session = 'app';
  const tmux = (...args: string[]) => execFileSync('tmux', ['-u', '-L', socket, ...args], { encoding: 'utf8' });
  tmux('new-session', '-d', '-s', session, '-x', String(cols), '-y', String(rows), '-c', cwd, command);
  // Keep the pane after the app exits, to read its last words and start it again.
  tmux('set-option', '-t', session, 'remain-on-exit', 'on');
  return {
    kind: 'tmux',
    screen: () => tmux('capture-pane', '-p', '-t', session),
    // One send-keys call per key so each arrives as its own keypress.
    keys: (...names) => names.forEach((k) => tmux('send-keys', '-t', session, k)),
    type: (text) => void tmux('send-keys', '-t', session, '-l', text),
    paste: (text) => {
      tmux('set-buffer', '-b', 'test', text);
      tmux('paste-buffer', '-p', '-b', 'test', '-t', session);
    },
    inverse: (row) => {
      const line = tmux('capture-pane', '-p', '-e', '-t', session).split('\n')[row] ?? '';
      return /\u001b\[7m(.*?)\u001b\[0m/.exec(line)?.[1].replace(/\u001b\[[0-9;]*m/g, '');
    },
    restart: () => void tmux('respawn-pane', '-k', '-t', session, '-c', cwd, command),
    close: () => {
      try {
        tmux('kill-server');
      } catch {
        // The server is already gone.
      }
    },
  };
}

const KEYS: Record<string, string> = {
  Enter: '\r',
  Tab: '\t',
  Escape: '\u001b',
  BSpace: '\u007f',
  Up: '\u001b[A',
  Down: '\u001b[B',
  Right: '\u001b[C',
  Left: '\u001b[D',
};

function keyBytes(name: string): string {
  const ctrl = /^C-([a-z])$/.exec(name);
  if (ctrl) return String.fromCharCode(ctrl[1].charCodeAt(0) & 0x1f);
  const bytes = KEYS[name];
  if (bytes === undefined) throw new Error(`unknown key ${name}`);
  return bytes;
}

function scriptTerminal({ cwd, command, cols, rows }: TerminalOptions): TestTerminal {
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  let child: ChildProcess | undefined;
  const start = () => {
    // script gives the command a pty of its own; stty sets its size before the app asks for it.
    // -e: script exits with the app; -f: output is flushed as it comes; /dev/null: no typescript file.
    const inner = `stty cols ${cols} rows ${rows} 2>/dev/null; exec ${command}`;
    const proc = spawn('script', ['-q', '-f', '-e', '-c', inner, '/dev/null'], {
      cwd,
      env: { ...process.env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    proc.stdout!.on('data', (chunk: Buffer) => term.write(chunk));
    proc.stdin!.on('error', () => {
      // The app exited; keys sent after that go nowhere, as in a closed terminal.
    });
    child = proc;
  };
  const send = (bytes: string) => child?.stdin?.write(bytes);
  const stop = () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  };
  start();
  return {
    kind: 'script(1) + xterm.js',
    screen: () => {
      const buffer = term.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
      return lines.join('\n') + '\n';
    },
    keys: (...names) =>
      names.forEach((k) => {
        send(keyBytes(k));
        // Apart, so the app reads each key on its own (Tab Tab is two presses, not one "\t\t").
        pause(30);
      }),
    type: (text) => send(text),
    paste: (text) => {
      const body = text.replace(/\r?\n/g, '\r');
      send(term.modes.bracketedPasteMode ? `\u001b[200~${body}\u001b[201~` : body);
    },
    inverse: (row) => {
      const buffer = term.buffer.active;
      const line = buffer.getLine(buffer.viewportY + row);
      if (!line) return undefined;
      let run: string | undefined;
      for (let x = 0; x < line.length; x++) {
        const cell = line.getCell(x);
        if (!cell) break;
        // The second cell of a wide character (width 0) belongs to the character before it.
        if (cell.getWidth() === 0) continue;
        if (cell.isInverse()) run = (run ?? '') + cell.getChars();
        else if (run !== undefined) break;
      }
      return run;
    },
    restart: () => {
      stop();
      term.reset();
      start();
    },
    close: () => {
      stop();
      term.dispose();
    },
  };
}
