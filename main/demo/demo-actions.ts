import { DEMO_SERVICES } from '../../shared/demo/demo-catalogue';
import type { SeededRandom } from '../../shared/demo/seeded-random';
import { localDateOf, localTimeOf } from '../../shared/domain/time';
import type { Logger } from '../ports';
import { CONFLICT_MIN_LEAD_MS, type DemoActivityOptions } from './demo-activity-options';
import { disputedSizes, randomGuest, randomPartySize } from './demo-guests';
import type { DemoDeskPort, TickOutcome } from './demo-ports';
import { otherSlot, pickSlot, type SlotContext } from './demo-slots';
import type { PlatformActor, PlatformBooking } from './platform-actors';

/** What one tick needs; `disputed` remembers bookings the demo put in conflict (left alone). */
export interface ActionContext {
  readonly actors: readonly PlatformActor[];
  readonly desk: DemoDeskPort | undefined;
  readonly random: SeededRandom;
  readonly logger: Logger;
  readonly options: DemoActivityOptions;
  readonly now: number;
  readonly disputed: Set<string>;
}

/** Desk statuses a host could still edit without the platform mastering them. */
const EDITABLE_ON_DESK: readonly string[] = ['confirmed', 'requested'];
const MAX_DESK_LOOKUPS = 8;

const keyOf = (actor: PlatformActor, externalId: string): string => `${actor.label}:${externalId}`;

export function slotContext(actor: PlatformActor, ctx: ActionContext): SlotContext {
  return {
    now: ctx.now,
    timeZone: ctx.options.timeZone,
    services: DEMO_SERVICES,
    hours: actor.hours,
    horizonDays: ctx.options.horizonDays,
    leadMinutes: ctx.options.leadMinutes,
  };
}

function shuffled<T>(random: SeededRandom, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) {
      out[i] = b;
      out[j] = a;
    }
  }
  return out;
}

export function localText(instant: number, timeZone: string): string {
  return `${localDateOf(instant, timeZone)} ${localTimeOf(instant, timeZone)}`;
}

export async function bookOn(actor: PlatformActor, ctx: ActionContext): Promise<TickOutcome> {
  const startsAt = pickSlot(ctx.random, slotContext(actor, ctx));
  if (startsAt === undefined) {
    return { kind: 'skipped', reason: `no ${actor.label} slot left in the next days` };
  }
  const guest = randomGuest(ctx.random, actor.origins);
  const made = await actor.book(guest, startsAt, randomPartySize(ctx.random));
  ctx.logger.info(`demo: ${made.guestName} booked on ${actor.label}`, {
    platform: actor.label,
    externalId: made.externalId,
    partySize: made.partySize,
    startsAt: localText(made.startsAt, ctx.options.timeZone),
  });
  return {
    kind: 'booked',
    platform: actor.label,
    externalId: made.externalId,
    startsAt: made.startsAt,
    partySize: made.partySize,
    guestName: made.guestName,
  };
}

/** Bookings a guest could still change or cancel (not the ones in a demo conflict). */
export function changeable(
  actor: PlatformActor,
  upcoming: readonly PlatformBooking[],
  ctx: ActionContext,
): PlatformBooking[] {
  const earliest = ctx.now + ctx.options.leadMinutes * 60_000;
  return upcoming.filter(
    (b) => b.startsAt > earliest && !ctx.disputed.has(keyOf(actor, b.externalId)),
  );
}

export async function changeOn(
  actor: PlatformActor,
  booking: PlatformBooking,
  ctx: ActionContext,
): Promise<TickOutcome> {
  const newTime = ctx.random.chance(0.5)
    ? otherSlot(ctx.random, booking.startsAt, slotContext(actor, ctx))
    : undefined;
  const change =
    newTime === undefined
      ? { partySize: disputedSizes(ctx.random, booking.partySize).desk }
      : { startsAt: newTime };
  await actor.change(booking.externalId, change, false);
  ctx.logger.info(`demo: ${booking.guestName} changed a booking on ${actor.label}`, {
    platform: actor.label,
    externalId: booking.externalId,
    ...(change.partySize === undefined
      ? { from: localText(booking.startsAt, ctx.options.timeZone) }
      : { from: booking.partySize }),
    to:
      change.startsAt === undefined
        ? change.partySize
        : localText(change.startsAt, ctx.options.timeZone),
  });
  return { kind: 'changed', platform: actor.label, externalId: booking.externalId, change };
}

export async function cancelOn(
  actor: PlatformActor,
  booking: PlatformBooking,
  ctx: ActionContext,
): Promise<TickOutcome> {
  await actor.cancel(booking.externalId);
  ctx.logger.info(`demo: ${booking.guestName} cancelled on ${actor.label}`, {
    platform: actor.label,
    externalId: booking.externalId,
    startsAt: localText(booking.startsAt, ctx.options.timeZone),
  });
  return { kind: 'cancelled', platform: actor.label, externalId: booking.externalId };
}

/**
 * A real conflict: the same booking's party size changed on the platform and, right after, on the
 * desk, to different values. The platform side goes first and silently, so that the desk's own
 * outbound check (which reads the platform's record before pushing) finds both sides changed; a
 * webhook racing the desk write could otherwise bring the platform's value in first. Undefined
 * when no booking fits (none synced to the desk yet, all too close or already disputed).
 */
export async function stageConflict(ctx: ActionContext): Promise<TickOutcome | undefined> {
  const desk = ctx.desk;
  if (desk === undefined) return undefined;
  for (const actor of shuffled(
    ctx.random,
    ctx.actors.filter((a) => a.conflicts),
  )) {
    const candidates = shuffled(ctx.random, await actor.upcoming(ctx.now)).filter(
      (b) =>
        b.startsAt > ctx.now + CONFLICT_MIN_LEAD_MS &&
        !ctx.disputed.has(keyOf(actor, b.externalId)),
    );
    for (const booking of candidates.slice(0, MAX_DESK_LOOKUPS)) {
      const local = await desk.bookingOf(actor.deskPlatform, booking.externalId);
      if (
        local === null ||
        local.openConflicts > 0 ||
        !EDITABLE_ON_DESK.includes(local.status) ||
        local.partySize !== booking.partySize
      ) {
        continue;
      }
      const sizes = disputedSizes(ctx.random, booking.partySize);
      await actor.change(booking.externalId, { partySize: sizes.remote }, true);
      ctx.disputed.add(keyOf(actor, booking.externalId));
      await desk.setPartySize(local.id, sizes.desk);
      ctx.logger.info(
        `demo: ${booking.guestName}'s party size changed on ${actor.label} and on the desk at once`,
        {
          platform: actor.label,
          externalId: booking.externalId,
          reservationId: local.id,
          base: booking.partySize,
          desk: sizes.desk,
          remote: sizes.remote,
        },
      );
      return {
        kind: 'conflict',
        platform: actor.label,
        externalId: booking.externalId,
        reservationId: local.id,
        base: booking.partySize,
        desk: sizes.desk,
        remote: sizes.remote,
      };
    }
  }
  return undefined;
}
