import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE = `Usage: npm run sim -- <thefork|formitable> [options]
  --port <n>             port on 127.0.0.1 (default 0: any free port)
  --relay <url>          relay ingress URL the webhooks are POSTed to
  --seed <n>             seed of ids, secrets and sample data (default 1)
  --bookings <n>         sample bookings created at start (default 6)
  --webhook-token <s>    TheFork: secret put in the webhook URL (?token=)
  --webhook-secret <s>   Formitable: whsec_ secret of the notifications`;

const portSchema = z.coerce.number().int().min(0).max(65_535);

export const cliArgsSchema = z.strictObject({
  platform: z.enum(['thefork', 'formitable']),
  port: portSchema.default(0),
  relay: z.url({ protocol: /^https?$/ }).optional(),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  bookings: z.coerce.number().int().min(0).max(500).default(6),
  webhookToken: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{16,128}$/, 'use 16-128 URL-safe characters')
    .optional(),
  webhookSecret: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]{32,}$/, 'use whsec_ followed by base64')
    .optional(),
});
export type CliArgs = z.infer<typeof cliArgsSchema>;

/** Parses the command line; throws an Error with a readable message (and the usage) on bad input. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        relay: { type: 'string' },
        seed: { type: 'string' },
        bookings: { type: 'string' },
        'webhook-token': { type: 'string' },
        'webhook-secret': { type: 'string' },
      },
    });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, {
      cause: error,
    });
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new Error(`Name exactly one simulator.\n${USAGE}`);
  const result = cliArgsSchema.safeParse({
    platform: positionals[0],
    port: values.port,
    relay: values.relay,
    seed: values.seed,
    bookings: values.bookings,
    webhookToken: values['webhook-token'],
    webhookSecret: values['webhook-secret'],
  });
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `--${i.path.join('.') || 'args'}: ${i.message}`)
      .join('\n');
    throw new Error(`${problems}\n${USAGE}`);
  }
  if (result.data.platform === 'thefork' && result.data.webhookSecret !== undefined) {
    throw new Error(`--webhook-secret is for formitable; TheFork uses --webhook-token.\n${USAGE}`);
  }
  if (result.data.platform === 'formitable' && result.data.webhookToken !== undefined) {
    throw new Error(`--webhook-token is for thefork; Formitable uses --webhook-secret.\n${USAGE}`);
  }
  return result.data;
}
