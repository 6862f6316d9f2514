import type { Dispatch } from 'react';
import type { Action, State } from '../state.js';

export interface ScreenProps {
  readonly state: State;
  readonly dispatch: Dispatch<Action>;
  /** Rows the screen's body may use. */
  readonly rows: number;
}
