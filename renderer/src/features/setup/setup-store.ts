import { create } from 'zustand';
import type { SetupState } from '../../../../shared/contract/setup-commands';
import { advance, type FlowEvent, type FlowPosition } from './setup-flow';

interface SetupStore {
  /** The desk's last answer; null until the first one (or when it could not answer). */
  state: SetupState | null;
  /** Why `setup:state` failed, shown in Settings → Relay. */
  loadError: string | null;
  position: FlowPosition;
  /** Records an answer of the desk and moves the flow (see setup-flow.ts). */
  dispatch: (event: FlowEvent) => void;
}

/** UI state of the first launch: the desk's setup state and where the person is in the steps. */
export const useSetupStore = create<SetupStore>((set) => ({
  state: null,
  loadError: null,
  position: { kind: 'loading' },
  dispatch: (event) =>
    set((s) => ({
      position: advance(s.position, event),
      ...('state' in event ? { state: event.state, loadError: null } : {}),
      ...(event.type === 'loadFailed' ? { loadError: event.message } : {}),
    })),
}));
