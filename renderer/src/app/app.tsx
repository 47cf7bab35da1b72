import { useEffect } from 'react';
import { useDeskStore } from './desk-store';
import { SCREENS } from './screens';
import { SetupScreen } from '../features/setup/setup-screen';
import { SimulatedMark } from '../features/setup/simulated-mark';
import { useSetupGate } from '../features/setup/use-setup-gate';
import { OfflineBanner } from '../features/sync/offline-banner';
import { TopBar } from './top-bar';

export function App() {
  const locale = useDeskStore((s) => s.locale);
  const screenId = useDeskStore((s) => s.screen);
  const setScreen = useDeskStore((s) => s.setScreen);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const target = SCREENS[index];
      if (target) {
        event.preventDefault();
        setScreen(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setScreen]);

  // First launch: the setup steps replace the screens until the desk is set up.
  const setup = useSetupGate();
  if (setup.kind !== 'desk') return <SetupScreen position={setup} />;

  const screen = SCREENS.find((s) => s.id === screenId) ?? SCREENS[0];
  const Screen = screen?.component;
  return (
    <div className="shell">
      <SimulatedMark />
      <TopBar />
      <OfflineBanner />
      <main className="content" id="main">
        {Screen ? <Screen /> : null}
      </main>
    </div>
  );
}
