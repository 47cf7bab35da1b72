/** Prints an admin command's result: JSON with --json, else short lines for a person. */
export function printResult(command: string, result: unknown, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const r = result as Record<string, unknown>;
  switch (command) {
    case 'create-tenant': {
      const enrolment = r.enrolment as { code: string; expiresAt: string };
      const endpoints = r.endpoints as {
        platform: string;
        url: string;
        scheme: string;
        secret: string | null;
        todo: string | null;
      }[];
      console.log(`Tenant "${String(r.name)}" created.`);
      console.log(`Tenant id: ${String(r.tenantId)}`);
      console.log('Webhook URLs:');
      for (const e of endpoints) {
        console.log(`  ${e.platform.padEnd(11)} ${e.url}`);
        if (e.secret) console.log(`  ${''.padEnd(11)} ${e.scheme} secret: ${e.secret}`);
        if (e.todo) console.log(`  ${''.padEnd(11)} to do: ${e.todo}`);
      }
      console.log(`Enrolment code (one use, expires ${enrolment.expiresAt}): ${enrolment.code}`);
      return;
    }
    case 'enrolment-code':
      console.log(
        `Enrolment code for ${String(r.tenantId)} (one use, expires ${String(r.expiresAt)}): ${String(r.code)}`,
      );
      return;
    case 'set-secret':
      console.log(`${String(r.platform)} secret set (${String(r.scheme)}).`);
      console.log(`Webhook URL: ${String(r.url)}`);
      if (r.scheme !== 'url-token') console.log(`Secret: ${String(r.secret)}`);
      return;
    default:
      console.log(JSON.stringify(result, null, 2));
  }
}
