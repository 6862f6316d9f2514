// q quits like Ctrl-C where no text field has focus (issue: the app "quits on q"), and types
// a plain q inside a text field.
import { describe, expect, it } from 'vitest';
import { openApp, press, renderApp, tempDir, waitFor, waitForText } from './helpers.js';

describe('q key', () => {
  it('quits from the start screen without a draft', async () => {
    const { lastFrame, stdin, quit } = renderApp({ cwd: tempDir() });
    await waitForText(lastFrame, '从模板新建');
    await press(stdin, 'q');
    await waitFor(() => String(quit.length), (n) => n === '1');
    expect(quit[0]).toBeNull();
  });

  it('types q inside a text field instead of quitting', async () => {
    const { lastFrame, stdin, quit } = await openApp();
    // The prefilled shop name is selected: q replaces it (and never quits).
    await press(stdin, 'q');
    await waitFor(lastFrame, (f) => /› 店铺名\s+q\s/.test(f));
    expect(quit).toHaveLength(0);
  });
});
