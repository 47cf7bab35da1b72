import { z } from 'zod';

/** First-launch commands of the bridge contract (see commands.ts). */

export const DeskMode = z.enum([
  /** First launch: neither a relay nor standalone chosen yet. */
  'unconfigured',
  /** Offline-only until a relay is set. */
  'standalone',
  /** Enrolled with a relay. */
  'relay',
  /** The embedded demo: relay, simulated platforms and data. */
  'demo',
]);
export type DeskMode = z.infer<typeof DeskMode>;

export const SetupState = z.object({
  mode: DeskMode,
  /** Everything this desk shows is simulated (demo restaurant, simulated platforms). */
  simulated: z.boolean(),
  relay: z
    .object({
      url: z.string(),
      tenantId: z.string(),
      deviceId: z.string(),
      deviceName: z.string(),
    })
    .nullable(),
  /** The restaurant's name and time zone are saved. */
  restaurantConfigured: z.boolean(),
  platformsConnected: z.int().nonnegative(),
});
export type SetupState = z.infer<typeof SetupState>;

export const RelayUrl = z
  .string()
  .trim()
  .min(1, 'Type the relay address, for example https://relay.example.com.')
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '';
    } catch {
      return false;
    }
  }, 'The relay address must start with https:// (or http:// on this computer), for example https://relay.example.com.');

export const JoinRelayRequest = z.strictObject({
  relayUrl: RelayUrl,
  code: z
    .string()
    .trim()
    .min(4, 'Type the enrolment code shown by the relay administrator.')
    .max(128, 'This enrolment code is too long: copy it again.'),
  deviceName: z
    .string()
    .trim()
    .min(1, 'Give this desk a name, for example "Front desk".')
    .max(80, 'Keep the desk name under 80 characters.'),
});
export type JoinRelayRequest = z.infer<typeof JoinRelayRequest>;
