import { useEffect } from 'react';
import { CommandError, type CouvertApi } from '../../../../shared/contract/bridge';
import { useBridgeApi } from '../../app/bridge-context';
import type { FlowEvent, FlowPosition } from './setup-flow';
import { useSetupStore } from './setup-store';

/** The desk's error as { code, message }, whatever was thrown. */
export function bridgeErrorOf(caught: unknown): { code: string; message: string } {
  if (caught instanceof CommandError) return { code: caught.code, message: caught.message };
  return { code: 'internal', message: caught instanceof Error ? caught.message : String(caught) };
}

/** Asks the desk how it is set up; a failure is recorded (Settings → Relay shows it). */
export async function loadSetupState(
  api: CouvertApi,
  dispatch: (event: FlowEvent) => void,
): Promise<void> {
  try {
    dispatch({ type: 'loaded', state: await api.setupState({}) });
  } catch (caught) {
    dispatch({ type: 'loadFailed', message: bridgeErrorOf(caught).message });
  }
}

/** Where the app is: loading, a first-launch step, or the desk. Loads the setup state once. */
export function useSetupGate(): FlowPosition {
  const api = useBridgeApi();
  const position = useSetupStore((s) => s.position);
  const dispatch = useSetupStore((s) => s.dispatch);
  useEffect(() => {
    void loadSetupState(api, dispatch);
  }, [api, dispatch]);
  return position;
}
