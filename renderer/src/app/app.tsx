import { useCallback, useEffect } from 'react';
import type { CouvertApi } from '../../../shared/contract/bridge';
import { useDeskStore } from './desk-store';
import { StatusPanel } from './status-panel';
import { TopBar } from './top-bar';

export function App({ api }: { api: CouvertApi }) {
  const setSnapshot = useDeskStore((s) => s.setSnapshot);
  const setError = useDeskStore((s) => s.setError);
  const connection = useDeskStore((s) => s.connection);
  const locale = useDeskStore((s) => s.locale);

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

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <div className="shell">
      <TopBar />
      <main className="content">
        <StatusPanel onRefresh={() => void refresh()} />
      </main>
    </div>
  );
}
