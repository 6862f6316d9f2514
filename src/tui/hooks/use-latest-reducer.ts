// useReducer whose latest state is readable at once, before React renders it: keys can
// arrive faster than frames (tmux send-keys, a paste, a fast typist over SSH), and each key
// must be interpreted against the state the previous key produced, not the last frame.
import { useCallback, useRef, useState, type Dispatch } from 'react';

export function useLatestReducer<S, A>(reducer: (state: S, action: A) => S, init: () => S): [S, Dispatch<A>, () => S] {
  const ref = useRef<S | null>(null);
  if (ref.current === null) ref.current = init();
  const [state, setState] = useState<S>(ref.current);
  const dispatch = useCallback(
    (action: A) => {
      ref.current = reducer(ref.current as S, action);
      setState(ref.current);
    },
    [reducer],
  );
  const latest = useCallback(() => ref.current as S, []);
  return [state, dispatch, latest];
}
