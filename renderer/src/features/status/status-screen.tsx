import { useCallback, useEffect } from 'react';
import { useDeskStore } from '../../app/desk-store';
import { useBridgeApi } from '../../app/bridge-context';
import { StatusPanel } from './status-panel';

/** The desk's own status: version, mode, data folder, secrets, today's book. */
export function StatusScreen() {
  const api = useBridgeApi();
  const setSnapshot = useDeskStore((s) => s.setSnapshot);
  const setError = useDeskStore((s) => s.setError);
  const connection = useDeskStore((s) => s.connection);
  const refresh = useCallback(async () => {
    try {
      const [info, status] = await Promise.all([api.appInfo({}), api.deskStatus({})]);
      setSnapshot(info, status);
    } catch (error) {
      setError(error instanceof Error ? error.message : String(error));
    }
  }, [api, setSnapshot, setError]);
  useEffect(() => {
    if (connection === 'connected') void refresh();
  }, [connection, refresh]);
  return <StatusPanel onRefresh={() => void refresh()} />;
}
