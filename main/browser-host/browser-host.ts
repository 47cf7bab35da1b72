import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { buildCsp } from '../security/csp';
import type { Dispatch } from '../ipc/command-dispatcher';
import type { Logger } from '../ports';
import type { StorageClient } from '../storage-bridge/storage-hub';
import { createStaticHandler } from './static-server';
import { createBridgeServer } from './ws-bridge-server';

export interface BrowserHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the WebSocket bridge on 127.0.0.1 only. `port: 0` picks a free port.
 * Resolves once the server listens and its own index page answers.
 */
export async function startBrowserHost(options: {
  port: number;
  rendererDir: string;
  dispatch: Dispatch;
  connectStorage?: (send: (message: unknown) => void) => StorageClient;
  log: Logger;
  token?: string;
}): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = options.port;
  const csp = () => buildCsp({ connectSrc: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] });
  const serveStatic = createStaticHandler({
    root: options.rendererDir,
    token,
    csp,
    port: () => port,
  });
  const bridge = createBridgeServer({
    token,
    port: () => port,
    dispatch: options.dispatch,
    log: options.log,
    ...(options.connectStorage ? { connectStorage: options.connectStorage } : {}),
  });
  const server = createServer((req, res) => {
    serveStatic(req, res).catch((error: unknown) => {
      options.log.error('static file failed', { error: String(error) });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('upgrade', (req, socket, head) => bridge.handleUpgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${options.port} is already in use. Choose another one with --port <n>, or leave it out to pick a free one.`,
            )
          : error,
      );
    });
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;

  const answer = await fetch(url);
  if (!answer.ok) {
    server.close();
    await bridge.close();
    throw new Error(
      `The desk's page does not answer (HTTP ${answer.status}). Run "npm run build" and try again.`,
    );
  }

  return {
    url,
    port,
    close: async () => {
      await bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
