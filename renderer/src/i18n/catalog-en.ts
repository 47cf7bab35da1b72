/** English strings. Every visible string of the app comes from a catalogue. */
export const en = {
  'app.name': 'Couvert',
  'app.tagline': 'Front desk',
  'connection.connected': 'Connected to the desk',
  'connection.connecting': 'Connecting to the desk…',
  'connection.disconnected': 'Desk not reachable: reconnecting…',
  'language.toggle': 'Switch the language to French',
  'status.heading': 'Desk status',
  'status.ready': 'Ready',
  'status.degraded': 'Needs attention',
  'status.loading': 'Asking the desk…',
  'status.version': 'Version',
  'status.mode': 'Running as',
  'status.mode.electron': 'Desktop app',
  'status.mode.browser': 'Browser mode',
  'status.dataDir': 'Data folder',
  'status.startedAt': 'Started',
  'status.secrets': 'Secret storage',
  'status.secrets.os-keychain': "Sealed by the system's keychain",
  'status.secrets.local-key-file':
    'Sealed with a key kept in the data folder (browser mode has no keychain)',
  'status.secrets.unavailable':
    'No safe place for secrets: platform passwords cannot be saved on this computer',
  'status.runtime': 'Runtime',
  'status.refresh': 'Refresh status',
  'error.title': 'The desk did not answer',
} as const;

export type MessageKey = keyof typeof en;
