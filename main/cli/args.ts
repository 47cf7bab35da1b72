/** Command-line options shared by `npm start`, the Electron main process and the browser host. */
export interface DeskArgs {
  port: number | null;
  dataDir: string | null;
  configFile: string | null;
  browser: boolean;
  /**
   * `live`: the embedded demo (relay, simulated platforms, bookings arriving by themselves);
   * `static`: the demo restaurant frozen, no simulators (screenshots, tests); `off`: real use;
   * null: the configuration file or the default decides.
   */
  demo: 'live' | 'static' | 'off' | null;
  /** Wipe the demo's data (never a real restaurant's) before starting. */
  resetDemo: boolean;
  /** A second desk against the demo relay of this computer. */
  secondDesk: boolean;
  /** The running demo's data folder, when not the default (`--second-desk=<folder>`). */
  secondDeskOf: string | null;
  relayUrl: string | null;
  enrolCode: string | null;
  deskName: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [options]
  --port <n>           port of the desk's local address (default: a free port)
  --data <folder>      data folder (default: the user's application-data folder)
  --config <file>      configuration file (default: couvert.json in the data folder)
  --browser            serve the app in browser mode even where Electron is installed
  --demo               the demo: embedded relay, simulated TheFork and Zenchef, live bookings
  --static-demo        the demo restaurant without simulators; nothing changes by itself
  --no-demo            real use: the first launch asks for the relay or standalone
  --reset-demo         start the demo again from a fresh restaurant (demo data only)
  --second-desk[=<demo folder>]  a second desk joined to the running demo's relay
  --relay <url>        enrol with this relay at start (with --enrol-code)
  --enrol-code <code>  one-time enrolment code from the relay administrator
  --desk-name <name>   this desk's name at the relay (default: the computer's name)`;

/**
 * Parses our options. With `ignoreUnknown` (Electron, whose argv also carries Chromium switches)
 * anything else is skipped; otherwise an unknown option is an error that says what is accepted.
 */
export function parseDeskArgs(
  argv: readonly string[],
  options: { ignoreUnknown?: boolean } = {},
): DeskArgs {
  const out: DeskArgs = {
    port: null,
    dataDir: null,
    configFile: null,
    browser: false,
    demo: null,
    resetDemo: false,
    secondDesk: false,
    secondDeskOf: null,
    relayUrl: null,
    enrolCode: null,
    deskName: null,
    help: false,
  };
  const setDemo = (mode: 'live' | 'static' | 'off', flag: string) => {
    if (out.demo !== null && out.demo !== mode) {
      throw new Error(`${flag} cannot be combined with another demo option.\n${USAGE}`);
    }
    out.demo = mode;
  };
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
    const noValue = () => {
      if (inline !== undefined) throw new Error(`${flag} takes no value.\n${USAGE}`);
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
      case '--config':
        out.configFile = value();
        break;
      case '--browser':
        noValue();
        out.browser = true;
        break;
      case '--demo':
        noValue();
        setDemo('live', flag);
        break;
      case '--static-demo':
        noValue();
        setDemo('static', flag);
        break;
      case '--no-demo':
        noValue();
        setDemo('off', flag);
        break;
      case '--reset-demo':
        noValue();
        out.resetDemo = true;
        break;
      case '--second-desk':
        if (inline === '')
          throw new Error(`--second-desk= needs the demo's data folder.\n${USAGE}`);
        out.secondDesk = true;
        out.secondDeskOf = inline ?? null;
        break;
      case '--relay':
        out.relayUrl = value();
        break;
      case '--enrol-code':
        out.enrolCode = value();
        break;
      case '--desk-name':
        out.deskName = value();
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        if (!options.ignoreUnknown) throw new Error(`Unknown option "${arg}".\n${USAGE}`);
    }
  }
  if (out.secondDesk && out.demo === 'static') {
    throw new Error(`--second-desk joins the live demo; it cannot be a static demo.\n${USAGE}`);
  }
  if (out.enrolCode !== null && out.relayUrl === null) {
    throw new Error(`--enrol-code needs --relay <url>, the relay it is for.\n${USAGE}`);
  }
  return out;
}
