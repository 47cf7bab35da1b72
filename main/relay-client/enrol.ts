import { enrolResponseSchema } from '../../shared/relay/devices';
import type { SecretBox } from '../ports';
import { readAnswer, type RelayConnection } from './relay-http';

export interface EnrolledDesk {
  baseUrl: string;
  tenantId: string;
  deviceId: string;
  /** The device token sealed by the secret box; the plain token is never stored. */
  sealedToken: string;
}

/** Exchanges a one-time enrolment code for a device token and seals it at once. */
export async function enrolDesk(input: {
  baseUrl: string;
  code: string;
  deviceName: string;
  secretBox: SecretBox;
  fetch?: typeof fetch;
}): Promise<EnrolledDesk> {
  const baseUrl = input.baseUrl.replace(/\/+$/, '');
  const res = await (input.fetch ?? fetch)(`${baseUrl}/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: input.code, deviceName: input.deviceName }),
    signal: AbortSignal.timeout(30_000),
  });
  const answer = await readAnswer(res, enrolResponseSchema);
  return {
    baseUrl,
    tenantId: answer.tenantId,
    deviceId: answer.deviceId,
    sealedToken: await input.secretBox.seal(answer.token),
  };
}

/** Opens the sealed token into a connection for createRelayHttp. */
export async function openConnection(
  desk: EnrolledDesk,
  secretBox: SecretBox,
): Promise<RelayConnection> {
  const { plain } = await secretBox.open(desk.sealedToken);
  return { baseUrl: desk.baseUrl, tenantId: desk.tenantId, token: plain };
}
