import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.COUVERT_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
  prefix: string[];
}

/** Null when a throwaway PostgreSQL server can be started here, else the one-line reason. */
export function pgServerUnavailableReason(): string | null {
  if (!existsSync(path.join(BIN, 'initdb')) || !existsSync(path.join(BIN, 'pg_ctl')))
    return `PostgreSQL server binaries not found in ${BIN}`;
  if (process.getuid?.() === 0 && !runAsPostgres())
    return 'running as root and there is no postgres user';
  return null;
}

let cachedRunAs: RunAs | null | undefined;
function runAsPostgres(): RunAs | null {
  if (cachedRunAs !== undefined) return cachedRunAs;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    cachedRunAs = { uid, gid, prefix: ['runuser', '-u', 'postgres', '--'] };
  } catch {
    cachedRunAs = null;
  }
  return cachedRunAs;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb + pg_ctl start of a private cluster on 127.0.0.1 in a temp folder (as the postgres user
 * when running as root). `durable: false` turns fsync off, for tests that do not measure it.
 */
export async function startPgServer(options: { durable?: boolean } = {}): Promise<PgServer> {
  const reason = pgServerUnavailableReason();
  if (reason) throw new Error(reason);
  const asRoot = process.getuid?.() === 0;
  const runAs = asRoot ? runAsPostgres() : null;
  const dir = await mkdtemp(path.join(tmpdir(), 'couvert-pg-'));
  if (runAs) await chown(dir, runAs.uid, runAs.gid);
  const exec = async (bin: string, args: string[]) => {
    const cmd = [...(runAs?.prefix ?? []), path.join(BIN, bin), ...args];
    const [file, ...rest] = cmd;
    return run(file ?? '', rest, { timeout: 60_000 });
  };
  const data = path.join(dir, 'data');
  await exec('initdb', [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(options.durable
      ? []
      : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ];
  await exec('pg_ctl', [
    'start',
    '-w',
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    settings.join(' '),
  ]);
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    try {
      const cmd = [
        ...(runAs?.prefix ?? []),
        path.join(BIN, 'pg_ctl'),
        'stop',
        '-m',
        'immediate',
        '-D',
        data,
      ];
      execFileSync(cmd[0] ?? '', cmd.slice(1), { stdio: 'ignore', timeout: 20_000 });
    } catch {
      // already gone
    }
  };
  process.once('exit', stopSync);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async stop() {
      if (!stopped) {
        stopped = true;
        process.removeListener('exit', stopSync);
        await exec('pg_ctl', ['stop', '-m', 'fast', '-D', data]).catch(() => undefined);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
