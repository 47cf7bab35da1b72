/** Command-line options shared by `npm start`, the Electron main process and the browser host. */
export interface DeskArgs {
  port: number;
  dataDir: string | null;
  browser: boolean;
  /** Seed the demo restaurant into a data folder that has no restaurant yet. */
  demo: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [--port <n>] [--data <folder>] [--browser] [--demo]
  --port <n>        port of the desk's local address (default: a free port)
  --data <folder>   data folder (default: the user's application-data folder)
  --browser         serve the app in browser mode even where Electron is installed
  --demo            fill an empty data folder with a demo restaurant (simulated data)`;

/**
 * Parses our options. With `ignoreUnknown` (Electron, whose argv also carries Chromium switches)
 * anything else is skipped; otherwise an unknown option is an error that says what is accepted.
 */
export function parseDeskArgs(
  argv: readonly string[],
  options: { ignoreUnknown?: boolean } = {},
): DeskArgs {
  const out: DeskArgs = { port: 0, dataDir: null, browser: false, demo: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new Error(`${flag} needs a value.\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const raw = value();
        const n = Number(raw);
        if (!/^\d+$/.test(raw) || !Number.isInteger(n) || n < 0 || n > 65535) {
          throw new Error(`--port must be a whole number from 0 to 65535, not "${raw}".`);
        }
        out.port = n;
        break;
      }
      case '--data':
        out.dataDir = value();
        break;
      case '--browser':
        out.browser = true;
        break;
      case '--demo':
        if (inline !== undefined) throw new Error(`--demo takes no value.\n${USAGE}`);
        out.demo = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        if (!options.ignoreUnknown) throw new Error(`Unknown option "${arg}".\n${USAGE}`);
    }
  }
  return out;
}
