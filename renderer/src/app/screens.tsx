import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';
import { BookScreen } from '../features/book/book-screen';
import { StatusScreen } from '../features/status/status-screen';
import { FloorScreen } from '../features/floor/floor-screen';
import { InboxScreen } from '../features/inbox/inbox-screen';
import { InboxNavBadge } from '../features/inbox/inbox-nav-badge';
import { SettingsScreen } from '../features/settings/settings-screen';
import { SyncScreen } from '../features/sync/sync-screen';
import { SyncNavBadge } from '../features/sync/sync-nav-badge';

/**
 * The screens of the desk, in the order of the navigation bar. A feature adds one entry here;
 * Alt+1…9 jump to the n-th screen.
 */
export interface Screen {
  id: string;
  label: MessageKey;
  component: ComponentType;
  /** A live count next to the label (the inbox's open items); renders nothing at zero. */
  badge?: ComponentType;
}

export const SCREENS: readonly Screen[] = [
  { id: 'book', label: 'nav.book', component: BookScreen },
  { id: 'floor', label: 'floor.nav', component: FloorScreen },
  { id: 'inbox', label: 'nav.inbox', component: InboxScreen, badge: InboxNavBadge },
  { id: 'sync', label: 'nav.sync', component: SyncScreen, badge: SyncNavBadge },
  { id: 'settings', label: 'nav.settings', component: SettingsScreen },
  { id: 'desk', label: 'nav.desk', component: StatusScreen },
];
