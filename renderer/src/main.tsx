import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { BridgeApiContext } from './app/bridge-context';
import { useDeskStore } from './app/desk-store';
import { StartupError } from './app/startup-error';
import { connectBridge } from './bridge/connect-bridge';
import { openDeskData } from './data/desk-data';
import { DeskDataContext } from './data/desk-data-context';
import './styles/app.css';

const element = document.getElementById('root');
if (!element) throw new Error('The page has no #root element.');
const root = createRoot(element);
const bridge = connectBridge((state) => useDeskStore.getState().setConnection(state));

openDeskData(bridge.storage).then(
  (data) =>
    root.render(
      <StrictMode>
        <BridgeApiContext.Provider value={bridge.api}>
          <DeskDataContext.Provider value={data}>
            <App />
          </DeskDataContext.Provider>
        </BridgeApiContext.Provider>
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupError error={error} />),
);
