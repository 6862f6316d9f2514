// Theme and usable width for every component, from one provider at the app's root (and
// from renderWithProviders in tests), so nothing reads the terminal directly.
import { createContext, useContext } from 'react';
import { colourTheme, type Theme } from '../theme.js';

export interface Ui {
  readonly theme: Theme;
  /** Columns the app may use; never more than 80 so it fits the smallest usual terminal. */
  readonly width: number;
  /** Rows the app may use. */
  readonly height: number;
}

export const UiContext = createContext<Ui>({ theme: colourTheme, width: 80, height: 24 });

export function useUi(): Ui {
  return useContext(UiContext);
}
