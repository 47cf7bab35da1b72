import { parseCliArgs, type CliArgs } from './cli-args';
import { startFormitableSim } from './formitable/server';
import { startTheForkSim } from './thefork/server';

/** `npm run sim -- <thefork|formitable> --port <n> --relay <ingress url>` */
async function start(args: CliArgs): Promise<{ lines: string[]; close: () => Promise<void> }> {
  if (args.platform === 'thefork') {
    const sim = await startTheForkSim({
      port: args.port,
      seed: args.seed,
      relayUrl: args.relay ?? null,
      initialReservations: args.bookings,
      ...(args.webhookToken === undefined ? {} : { webhookToken: args.webhookToken }),
    });
    const c = sim.credentials;
    return {
      close: () => sim.close(),
      lines: [
        `TheFork B2B simulator listening on ${sim.url}`,
        `  API base URL     ${sim.apiBaseUrl}            (real: https://api.thefork.io/manager)`,
        `  Token URL        ${sim.tokenUrl}   (real: https://auth.thefork.io/oauth/token)`,
        `  Audience         ${c.audience}`,
        `  Client id        ${c.clientId}`,
        `  Client secret    ${c.clientSecret}`,
        `  Group uuid       ${c.groupUuid}`,
        `  Restaurant uuid  ${c.restaurantUuid}`,
        `  Webhook token    ${c.webhookToken}`,
        `  Webhooks to      ${sim.webhookUrl() ?? '(none: pass --relay <ingress url>)'}`,
        `  Scenario API     ${sim.scenarioUrl}`,
      ],
    };
  }
  const sim = await startFormitableSim({
    port: args.port,
    seed: args.seed,
    relayUrl: args.relay ?? null,
    initialBookings: args.bookings,
    ...(args.webhookSecret === undefined ? {} : { webhookSecret: args.webhookSecret }),
  });
  const c = sim.credentials;
  return {
    close: () => sim.close(),
    lines: [
      `Formitable (Zenchef) v1.2 simulator listening on ${sim.url}`,
      `  API base URL     ${sim.apiBaseUrl}   (real: https://api.formitable.com/api/v1.2)`,
      `  ApiKey header    ${c.apiKey}`,
      `  Restaurant uid   ${c.restaurantUid}`,
      `  Webhook secret   ${c.webhookSecret}   (Standard Webhooks; simulator assumption)`,
      `  Webhooks to      ${sim.webhookUrl() ?? '(none: pass --relay <ingress url>)'}`,
      `  Scenario API     ${sim.scenarioUrl}`,
    ],
  };
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const running = await start(args);
  console.log(running.lines.join('\n'));
  const stop = (): void => {
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
