import { WebSocket } from 'ws';
import { createCommandDispatcher } from '../ipc/command-dispatcher';
import { createLogger } from '../desk/logger';
import { createDeskServices } from '../desk/desk-services';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { row, type BenchSuite } from '../tools/bench/bench-types';
import { median, percentile, sample } from '../tools/bench/measure';
import { startBrowserHost } from './browser-host';
import { BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../shared/contract/ws-frames';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Round trip of one contract command over the browser-mode bridge, against a direct call. */
export const bridgeBench: BenchSuite = {
  name: 'bridge',
  description: 'desk:status over the WebSocket bridge vs the same command dispatched in-process',
  async run({ tmpDir }) {
    const log = createLogger({ level: 'error', write: () => undefined });
    const { handlers } = createDeskServices({
      runtime: 'browser',
      version: 'bench',
      versions: { node: process.versions.node },
      dataDir: tmpDir,
      clock: { now: () => new Date() },
      secretBox: await createKeyFileSecretBox(tmpDir),
    });
    const dispatch = createCommandDispatcher(handlers, log);
    const rendererDir = path.join(tmpDir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(
      path.join(rendererDir, 'index.html'),
      '<html><head></head><body></body></html>',
    );
    const token = 'bench-token';
    const host = await startBrowserHost({ port: 0, rendererDir, dispatch, log, token });
    const ws = new WebSocket(
      `ws://127.0.0.1:${host.port}/bridge`,
      [BRIDGE_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`],
      {
        origin: `http://127.0.0.1:${host.port}`,
      },
    );
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    let id = 0;
    const roundTrip = () =>
      new Promise<void>((resolve) => {
        const mine = ++id;
        const onMessage = (data: Buffer) => {
          if ((JSON.parse(data.toString()) as { id: number }).id !== mine) return;
          ws.off('message', onMessage);
          resolve();
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ kind: 'command', id: mine, channel: 'desk:status', request: {} }));
      });
    const overBridge = await sample(roundTrip, 500, 50);
    const direct = await sample(() => dispatch('desk:status', {}), 500, 50);
    ws.close();
    await host.close();
    const target = { op: '<' as const, value: 100, label: 'p99 < 100 ms (one click)' };
    return [
      row({
        suite: 'bridge',
        name: 'command round trip, median',
        value: median(overBridge),
        unit: 'ms',
        reference: median(direct),
      }),
      row({
        suite: 'bridge',
        name: 'command round trip, p99',
        value: percentile(overBridge, 99),
        unit: 'ms',
        reference: percentile(direct, 99),
        target,
      }),
    ];
  },
};
