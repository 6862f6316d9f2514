// The size the app draws at: at most 80 columns (the layout is designed for 80×24) and the
// terminal's rows less one (a full-height frame would scroll), following resizes.
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function fitSize(columns: number | undefined, rows: number | undefined): Size {
  return {
    width: Math.max(40, Math.min(80, columns ?? 80)),
    height: Math.max(16, Math.min(30, (rows ?? 24) - 1)),
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
