import { TimeZone } from '../../../../shared/domain/primitives';
import { localDateOf } from '../../../../shared/domain/time';
import { addDays } from '../../../../shared/domain/time/local-date';
import {
  NotFoundError,
  ValidationError,
  type PlatformErrorContext,
} from '../../http/platform-errors';
import type { PlatformStack } from '../../http/platform-stack';
import { AvailabilityQuery, type NeutralAvailability } from '../neutral/neutral-catalog';
import {
  NeutralReservationChange,
  NeutralReservationDraft,
  type CancelOutcome,
  type NeutralReservation,
  type WriteOutcome,
} from '../neutral/neutral-reservation';
import { parseInput } from '../neutral/parse-input';
import {
  PullCursor,
  type AuthCheck,
  type ConnectorCapabilities,
  type ConnectorHealth,
  type InboundEvent,
  type PlatformConnector,
  type PullResult,
} from '../platform-connector';
import { formitableAvailability } from './formitable-availability';
import { formitableFloor } from './formitable-capabilities';
import { parseFormitableEvent } from './formitable-events';
import {
  formitableCreateBody,
  formitableToNeutral,
  formitableUpdateBody,
  type FormitableMapContext,
} from './formitable-mappers';
import { pullFormitableWindow } from './formitable-pull';
import { formitableStatusChanges } from './formitable-status-changes';
import {
  FORMITABLE_NAME,
  FORMITABLE_PLATFORM,
  createFormitableTransport,
  type FormitableConnectorOptions,
} from './formitable-transport';
import {
  FormitableBooking,
  FormitableRestaurant,
  FormitableUid,
  FormitableUpdateResult,
} from './formitable-wire';

export {
  FORMITABLE_ENDPOINTS,
  FORMITABLE_NAME,
  FORMITABLE_PLATFORM,
  FORMITABLE_RATE_LIMIT,
  type FormitableConnectorOptions,
  type FormitableEndpoints,
} from './formitable-transport';

/** Zenchef restaurants on the Formitable REST API v1.2 (reference §1a): API key, window polling. */
export class FormitableConnector implements PlatformConnector {
  readonly platform = FORMITABLE_PLATFORM;
  readonly platformName = FORMITABLE_NAME;
  readonly pullMode = 'window';
  readonly capabilities: ConnectorCapabilities;
  private readonly stack: PlatformStack;
  private readonly restaurantUid: string;
  private readonly apiSource: string;

  constructor(private readonly options: FormitableConnectorOptions) {
    if (!/^[A-Za-z0-9]{1,64}$/.test(options.restaurantUid)) {
      throw new ValidationError(
        this.context('configure'),
        'the restaurant uid is not a Formitable restaurant id (8 hexadecimal characters)',
      );
    }
    if (!TimeZone.safeParse(options.timeZone).success) {
      throw new ValidationError(
        this.context('configure'),
        `"${options.timeZone.slice(0, 64)}" is not a time zone; set the restaurant's zone in Settings`,
      );
    }
    this.restaurantUid = options.restaurantUid;
    this.apiSource = options.apiSource ?? 'couvert';
    this.stack = createFormitableTransport(options);
    const floor = formitableFloor({
      http: this.stack.http,
      restaurantPath: (rest) => this.restaurantPath(rest),
      lookup: options.lookup,
      context: (operation) => this.context(operation),
    });
    this.capabilities = {
      ...floor,
      statusChanges: formitableStatusChanges({
        http: this.stack.http,
        bookingPath: (uid, action) => this.bookingPath(uid, action),
        read: (uid) => this.read(uid),
        context: (operation) => this.context(operation),
        logger: this.stack.logger,
      }),
    };
  }

  private context(operation: string): PlatformErrorContext {
    return { platform: FORMITABLE_PLATFORM, platformName: FORMITABLE_NAME, operation };
  }

  private get mapContext(): FormitableMapContext {
    return {
      lookup: this.options.lookup,
      timeZone: this.options.timeZone,
      apiSource: this.apiSource,
      errorContext: this.context('map booking'),
    };
  }

  private restaurantPath(rest: string): string {
    return `/${encodeURIComponent(this.restaurantUid)}/${rest}`;
  }

  private bookingPath(uid: string, action?: 'checkin' | 'checkout'): string {
    if (!FormitableUid.safeParse(uid).success) {
      throw new ValidationError(
        this.context('booking'),
        'the id given is not a Formitable booking id',
      );
    }
    const id = encodeURIComponent(uid);
    return this.restaurantPath(action === undefined ? `booking/${id}` : `booking/${action}/${id}`);
  }

  health(): ConnectorHealth {
    return {
      circuit: this.stack.breaker.state(),
      rateLimitedForMs: this.stack.bucket.pausedForMs(),
    };
  }

  async authenticate(): Promise<AuthCheck> {
    const restaurant = await this.stack.http.json(
      {
        method: 'GET',
        path: `/restaurants/${encodeURIComponent(this.restaurantUid)}`,
        operation: 'GET /restaurants/{r}',
      },
      FormitableRestaurant,
    );
    const zone = restaurant.timezone ? ` (${restaurant.timezone.slice(0, 60)})` : '';
    const name = restaurant.name.slice(0, 100);
    return {
      summary: `Connected to ${FORMITABLE_NAME} restaurant "${name}"${zone}.`,
      restaurantName: name,
    };
  }

  private async read(
    uid: string,
  ): Promise<{ booking: FormitableBooking; neutral: NeutralReservation }> {
    const { data, raw } = await this.stack.http.jsonWithRaw(
      { method: 'GET', path: this.bookingPath(uid), operation: 'GET /{r}/booking/{uid}' },
      FormitableBooking,
    );
    return { booking: data, neutral: await formitableToNeutral(data, raw, this.mapContext) };
  }

  async fetchReservation(externalId: string): Promise<NeutralReservation> {
    return (await this.read(externalId)).neutral;
  }

  /** Our booking made earlier with this reservation id, if any (de-duplicates creates). */
  private async findByLocalId(localId: string): Promise<NeutralReservation | undefined> {
    try {
      const { data, raw } = await this.stack.http.jsonWithRaw(
        {
          method: 'GET',
          path: this.restaurantPath(
            `booking/external/${encodeURIComponent(this.apiSource)}/${encodeURIComponent(localId)}`,
          ),
          operation: 'GET /{r}/booking/external/{source}/{ref}',
        },
        FormitableBooking,
      );
      return await formitableToNeutral(data, raw, this.mapContext);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  async createReservation(input: NeutralReservationDraft): Promise<WriteOutcome> {
    const draft = parseInput(NeutralReservationDraft, input, this.context('create reservation'));
    const existing = await this.findByLocalId(draft.localId);
    if (existing !== undefined) {
      return {
        reservation: existing,
        ignoredFields: [],
        warnings: [
          'The booking was already on Formitable (an earlier attempt got through): not created twice.',
        ],
      };
    }
    const mapped = await formitableCreateBody(draft, this.mapContext);
    const { data, raw } = await this.stack.http.jsonWithRaw(
      {
        method: 'POST',
        path: this.restaurantPath('booking'),
        operation: 'POST /{r}/booking',
        json: mapped.body,
        idempotent: false,
      },
      FormitableBooking,
    );
    const reservation = await formitableToNeutral(data, raw, this.mapContext);
    return { reservation, warnings: mapped.warnings, ignoredFields: mapped.ignoredFields };
  }

  async updateReservation(
    externalId: string,
    input: NeutralReservationChange,
  ): Promise<WriteOutcome> {
    const change = parseInput(NeutralReservationChange, input, this.context('update reservation'));
    const path = this.bookingPath(externalId);
    const mapped = await formitableUpdateBody(change, this.mapContext);
    if (Object.keys(mapped.body).length === 0) {
      return {
        reservation: await this.fetchReservation(externalId),
        ignoredFields: mapped.ignoredFields,
        warnings: mapped.warnings,
      };
    }
    const { data, raw } = await this.stack.http.jsonWithRaw(
      {
        method: 'PUT',
        path,
        operation: 'PUT /{r}/booking/{uid}',
        json: mapped.body,
        // A partial update sets absolute values: sending it twice gives the same booking.
        idempotent: true,
      },
      FormitableUpdateResult,
    );
    const reservation = await formitableToNeutral(data, raw, this.mapContext);
    const platformWarnings = (data.warnings ?? []).map((w) => `Formitable: ${w}`);
    return {
      reservation,
      ignoredFields: mapped.ignoredFields,
      warnings: [...mapped.warnings, ...platformWarnings],
    };
  }

  async cancelReservation(externalId: string): Promise<CancelOutcome> {
    const path = this.bookingPath(externalId);
    const before = await this.read(externalId);
    if (before.neutral.status === 'cancelled') {
      return {
        reservation: before.neutral,
        alreadyCancelled: true,
        ignoredFields: [],
        warnings: [],
      };
    }
    // Cancelling a cancelled booking changes nothing: safe to retry.
    await this.stack.http.send({
      method: 'DELETE',
      path,
      operation: 'DELETE /{r}/booking/{uid}',
      idempotent: true,
    });
    const after = await this.read(externalId);
    return { reservation: after.neutral, alreadyCancelled: false, ignoredFields: [], warnings: [] };
  }

  async readAvailability(input: AvailabilityQuery): Promise<NeutralAvailability> {
    const query = parseInput(AvailabilityQuery, input, this.context('read availability'));
    return formitableAvailability(
      {
        http: this.stack.http,
        restaurantPath: (rest) => this.restaurantPath(rest),
        lookup: this.options.lookup,
        context: (operation) => this.context(operation),
        timeZone: this.options.timeZone,
      },
      query,
    );
  }

  async pullChanges(input: PullCursor): Promise<PullResult> {
    // The cursor is checked but not needed: every poll reads the whole window.
    parseInput(PullCursor, input, this.context('pull changes'));
    const now = this.options.time.now();
    const from = localDateOf(now, this.options.timeZone);
    return pullFormitableWindow({
      http: this.stack.http,
      restaurantPath: (rest) => this.restaurantPath(rest),
      from,
      horizonDays: this.options.horizonDays ?? 62,
      startedAt: now,
      addDays,
      map: (booking, raw) => formitableToNeutral(booking, raw, this.mapContext),
      context: (operation) => this.context(operation),
    });
  }

  parseInboundEvent(payload: unknown): InboundEvent {
    return parseFormitableEvent(payload, this.restaurantUid);
  }
}
