// The size the app draws at: the terminal's width (at least 40; up to 160, beyond which lines
// get too long to read) and its rows less one (a full-height frame would scroll), following
// resizes. Designed for 80×24; wider and taller terminals show longer previews and more rows.
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function fitSize(columns: number | undefined, rows: number | undefined): Size {
  return {
    width: Math.max(40, Math.min(160, columns ?? 80)),
    height: Math.max(16, Math.min(60, (rows ?? 24) - 1)),
  };
}

export function useTerminalSize(fixed?: Partial<Size>): Size {
  const { stdout } = useStdout();
  const read = () => fitSize((stdout as { columns?: number }).columns, (stdout as { rows?: number }).rows);
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return { width: fixed?.width ?? size.width, height: fixed?.height ?? size.height };
}
