import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';
import { StatusScreen } from '../features/status/status-screen';

/**
 * The screens of the desk, in the order of the navigation bar. A feature adds one entry here;
 * Alt+1…9 jump to the n-th screen.
 */
export interface Screen {
  id: string;
  label: MessageKey;
  component: ComponentType;
}

export const SCREENS: readonly Screen[] = [
  { id: 'desk', label: 'nav.desk', component: StatusScreen },
];
