import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { useDeskStore } from './app/desk-store';
import { connectBridge } from './bridge/connect-bridge';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const bridge = connectBridge((state) => useDeskStore.getState().setConnection(state));
createRoot(root).render(
  <StrictMode>
    <App api={bridge.api} />
  </StrictMode>,
);
