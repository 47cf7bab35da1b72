import type { OAuthTokenManager } from '../../http/oauth-token-manager';
import type { PlatformStack } from '../../http/platform-stack';
import {
  NotFoundError,
  UnexpectedResponseError,
  ValidationError,
  type PlatformErrorContext,
} from '../../http/platform-errors';
import { toExternal, toLocal } from '../id-lookup';
import { parseInput } from '../neutral/parse-input';
import { AvailabilityQuery, type NeutralAvailability } from '../neutral/neutral-catalog';
import {
  NeutralReservationChange,
  NeutralReservationDraft,
  type CancelOutcome,
  type NeutralReservation,
  type WriteOutcome,
} from '../neutral/neutral-reservation';
import {
  PullCursor,
  type AuthCheck,
  type ConnectorCapabilities,
  type ConnectorHealth,
  type InboundEvent,
  type PlatformConnector,
  type PullResult,
} from '../platform-connector';
import { theForkTimeslots } from './thefork-availability';
import { theForkCapabilities, type TheForkCapabilityDeps } from './thefork-capabilities';
import { isDoubleCancellation } from './thefork-errors';
import { parseTheForkEvent } from './thefork-events';
import {
  theForkCreateBody,
  theForkIgnoredChanges,
  theForkLocale,
  theForkToNeutral,
  theForkUpdateBody,
} from './thefork-mappers';
import { DEFAULT_THEFORK_PULL, pullTheFork, type TheForkPullOptions } from './thefork-pull';
import {
  THEFORK_NAME,
  THEFORK_PLATFORM,
  createTheForkTransport,
  type TheForkConnectorOptions,
} from './thefork-transport';
import {
  TheForkCustomer,
  TheForkOffer,
  TheForkReservation,
  TheForkReservationWithCustomer,
  TheForkUuid,
} from './thefork-wire';

export {
  THEFORK_ENDPOINTS,
  THEFORK_NAME,
  THEFORK_PLATFORM,
  THEFORK_RATE_LIMIT,
  type TheForkConnectorOptions,
  type TheForkEndpoints,
} from './thefork-transport';

/** TheFork B2B API (reference §2): OAuth client credentials, thin webhooks, id-list polling. */
export class TheForkConnector implements PlatformConnector {
  readonly platform = THEFORK_PLATFORM;
  readonly platformName = THEFORK_NAME;
  readonly pullMode = 'updated_since';
  readonly capabilities: ConnectorCapabilities;
  readonly tokens: OAuthTokenManager;
  private readonly stack: PlatformStack;
  private readonly restaurantUuid: string;
  private readonly pullOptions: TheForkPullOptions;
  private readonly capabilityDeps: TheForkCapabilityDeps;

  constructor(private readonly options: TheForkConnectorOptions) {
    if (!TheForkUuid.safeParse(options.restaurantUuid).success) {
      throw new ValidationError(
        this.context('configure'),
        `"${options.restaurantUuid.slice(0, 64)}" is not a TheFork restaurant id (a UUID)`,
      );
    }
    this.restaurantUuid = options.restaurantUuid.toLowerCase();
    const transport = createTheForkTransport(options);
    this.tokens = transport.tokens;
    this.stack = transport.stack;
    this.pullOptions = { ...DEFAULT_THEFORK_PULL, ...options.pull };
    this.capabilityDeps = {
      http: this.stack.http,
      restaurantUuid: this.restaurantUuid,
      lookup: options.lookup,
      context: (operation) => this.context(operation),
      fetchCustomer: (id) => this.fetchCustomerWire(id),
    };
    this.capabilities = theForkCapabilities(this.capabilityDeps);
  }

  private context(operation: string): PlatformErrorContext {
    return { platform: THEFORK_PLATFORM, platformName: THEFORK_NAME, operation };
  }

  private reservationId(externalId: string, operation: string): string {
    if (!TheForkUuid.safeParse(externalId).success) {
      throw new ValidationError(
        this.context(operation),
        'the id given is not a TheFork reservation id (a UUID)',
      );
    }
    return encodeURIComponent(externalId.toLowerCase());
  }

  private get mapContext() {
    return { lookup: this.options.lookup, errorContext: this.context('map reservation') };
  }

  health(): ConnectorHealth {
    return {
      circuit: this.stack.breaker.state(),
      rateLimitedForMs: this.stack.bucket.pausedForMs(),
    };
  }

  async authenticate(): Promise<AuthCheck> {
    await this.tokens.getToken();
    // One restaurant-scoped read proves the restaurant id too (RESTAURANT_NOT_FOUND otherwise).
    const offers = await this.stack.http.json(
      {
        method: 'GET',
        path: `/v1/restaurants/${encodeURIComponent(this.restaurantUuid)}/offers`,
        operation: 'GET /v1/restaurants/{id}/offers',
        query: { locale: 'en_GB' },
      },
      TheForkOffer.array().max(1000),
    );
    return {
      summary: `Connected to TheFork restaurant ${this.restaurantUuid} (${offers.length} offers published).`,
    };
  }

  /** The reservation only, without guest details (used before an update). */
  private async getWire(externalId: string) {
    return this.stack.http.jsonWithRaw(
      {
        method: 'GET',
        path: `/v1/reservations/${this.reservationId(externalId, 'fetch reservation')}`,
        operation: 'GET /v1/reservations/{id}',
      },
      TheForkReservation,
    );
  }

  async fetchReservation(externalId: string): Promise<NeutralReservation> {
    const { data, raw } = await this.getWire(externalId);
    if (data.restaurantUuid.toLowerCase() !== this.restaurantUuid) {
      throw new NotFoundError(
        this.context('fetch reservation'),
        'this reservation in this restaurant',
      );
    }
    const customerUuid = data.customerUuid ?? undefined;
    let customer: TheForkCustomer | undefined;
    let guestProblem: string | undefined;
    // A mapped guest is the desk's already; only an unknown one is fetched for its name.
    if (
      customerUuid !== undefined &&
      (await toLocal(this.options.lookup, 'customer', customerUuid.toLowerCase())) === undefined
    ) {
      try {
        customer = await this.fetchCustomerWire(customerUuid);
      } catch (error) {
        if (!(error instanceof NotFoundError || error instanceof UnexpectedResponseError))
          throw error;
        guestProblem =
          error instanceof NotFoundError
            ? 'TheFork no longer has this guest'
            : 'TheFork sent an unreadable guest record';
      }
    }
    const neutral = await theForkToNeutral(data, raw, customer, this.mapContext);
    if (guestProblem !== undefined) neutral.dropped.push({ field: 'guest', reason: guestProblem });
    return neutral;
  }

  async fetchCustomerWire(customerUuid: string): Promise<TheForkCustomer> {
    if (!TheForkUuid.safeParse(customerUuid).success) {
      throw new ValidationError(
        this.context('fetch customer'),
        'the id given is not a TheFork customer id',
      );
    }
    return this.stack.http.json(
      {
        method: 'GET',
        path: `/v1/customers/${encodeURIComponent(customerUuid.toLowerCase())}`,
        operation: 'GET /v1/customers/{id}',
      },
      TheForkCustomer,
    );
  }

  async createReservation(input: NeutralReservationDraft): Promise<WriteOutcome> {
    const draft = parseInput(NeutralReservationDraft, input, this.context('create reservation'));
    const mapped = await theForkCreateBody(
      draft,
      {
        defaultLocale: theForkLocale(this.options.defaultLocale ?? 'fr-FR') ?? 'fr_FR',
        defaultCivility: 'mx',
      },
      this.mapContext,
    );
    const { data, raw } = await this.stack.http.jsonWithRaw(
      {
        method: 'POST',
        path: `/v1/restaurants/${encodeURIComponent(this.restaurantUuid)}/reservations`,
        operation: 'POST /v1/restaurants/{id}/reservations',
        json: mapped.body,
        idempotent: false,
      },
      TheForkReservationWithCustomer,
    );
    const reservation = await theForkToNeutral(
      data,
      raw,
      data.customer ?? undefined,
      this.mapContext,
    );
    return { reservation, warnings: mapped.warnings, ignoredFields: mapped.ignoredFields };
  }

  async updateReservation(
    externalId: string,
    input: NeutralReservationChange,
  ): Promise<WriteOutcome> {
    const change = parseInput(NeutralReservationChange, input, this.context('update reservation'));
    const ignoredFields = theForkIgnoredChanges(change);
    const id = this.reservationId(externalId, 'update reservation');
    if (change.startsAt === undefined && change.partySize === undefined) {
      return { reservation: await this.fetchReservation(externalId), ignoredFields, warnings: [] };
    }
    let current = { startsAt: change.startsAt ?? 0, partySize: change.partySize ?? 0 };
    if (change.startsAt === undefined || change.partySize === undefined) {
      const { data } = await this.getWire(externalId);
      current = { startsAt: Date.parse(data.mealDate), partySize: data.partySize };
    }
    const { data, raw } = await this.stack.http.jsonWithRaw(
      {
        method: 'PATCH',
        path: `/v1/reservations/${id}`,
        operation: 'PATCH /v1/reservations/{id}',
        json: theForkUpdateBody(change, current),
        idempotent: false,
      },
      TheForkReservationWithCustomer,
    );
    const reservation = await theForkToNeutral(
      data,
      raw,
      data.customer ?? undefined,
      this.mapContext,
    );
    return { reservation, ignoredFields, warnings: [] };
  }

  async cancelReservation(externalId: string): Promise<CancelOutcome> {
    const id = this.reservationId(externalId, 'cancel reservation');
    let alreadyCancelled = false;
    try {
      await this.stack.http.send({
        method: 'PATCH',
        path: `/v1/reservations/${id}/cancel`,
        operation: 'PATCH /v1/reservations/{id}/cancel',
        idempotent: false,
      });
    } catch (error) {
      if (!isDoubleCancellation(error)) throw error;
      alreadyCancelled = true;
    }
    const reservation = await this.fetchReservation(externalId);
    return { reservation, alreadyCancelled, ignoredFields: [], warnings: [] };
  }

  async readAvailability(input: AvailabilityQuery): Promise<NeutralAvailability> {
    const query = parseInput(AvailabilityQuery, input, this.context('read availability'));
    const offerUuid = await toExternal(this.options.lookup, 'offer', query.offerId);
    return theForkTimeslots(this.capabilityDeps, query, offerUuid);
  }

  async pullChanges(input: PullCursor): Promise<PullResult> {
    const cursor = parseInput(PullCursor, input, this.context('pull changes'));
    return pullTheFork(cursor, {
      http: this.stack.http,
      restaurantUuid: this.restaurantUuid,
      now: () => this.options.time.now(),
      options: this.pullOptions,
      fetchOne: (id) => this.fetchReservation(id),
    });
  }

  parseInboundEvent(payload: unknown): InboundEvent {
    return parseTheForkEvent(payload, this.restaurantUuid);
  }
}
