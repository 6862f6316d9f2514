import type { Dispatch } from 'react';
import type { Action, State } from '../state.js';
import type { ReviewFinding } from '../findings.js';

export interface ScreenProps {
  readonly state: State;
  readonly dispatch: Dispatch<Action>;
  /** Rows the screen's body may use. */
  readonly rows: number;
  /** The whole config's findings (as review lists them); forms mark each field's own. */
  readonly findings?: readonly ReviewFinding[];
}
