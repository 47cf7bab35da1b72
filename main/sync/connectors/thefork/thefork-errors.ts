import type { ErrorClassifier } from '../../http/platform-http';
import {
  AuthenticationError,
  NotFoundError,
  SlotUnavailableError,
  UnexpectedResponseError,
  ValidationError,
} from '../../http/platform-errors';
import { TheForkApiError } from './thefork-wire';

/** Codes TheFork puts in `data.code` (reference §2), and what they mean for a person. */
const NOT_FOUND: Readonly<Record<string, string>> = {
  RESERVATION_NOT_FOUND: 'this reservation (RESERVATION_NOT_FOUND)',
  RESTAURANT_NOT_FOUND: 'the restaurant id set for TheFork (RESTAURANT_NOT_FOUND)',
  'Restaurant not found': 'the restaurant id set for TheFork (Restaurant not found)',
  CUSTOMER_NOT_FOUND: 'this guest (CUSTOMER_NOT_FOUND)',
};

/** Maps TheFork's 4xx answers (API envelope or Kong gateway `{message}`) to typed errors. */
export const classifyTheForkError: ErrorClassifier = (failure, context) => {
  const parsed = TheForkApiError.safeParse(failure.json);
  const code = parsed.success ? (parsed.data.data?.code ?? '') : '';
  const message = parsed.success ? (parsed.data.message?.slice(0, 300) ?? '') : '';
  switch (failure.status) {
    case 400:
      if (code === 'CANCELLATION_ERROR') {
        return new ValidationError(
          context,
          'TheFork refuses to cancel this reservation (CANCELLATION_ERROR: it is past, the guest has arrived, or it ended as no-show or refused)',
        );
      }
      return new ValidationError(
        context,
        message.length > 0
          ? message
          : `TheFork answered 400 Bad Request${code ? ` (${code})` : ''}`,
        message.length > 0 ? [message] : [],
      );
    case 401:
      return new AuthenticationError(context, 'TheFork does not accept our access token');
    case 403:
      return new AuthenticationError(
        context,
        'these credentials may not access this restaurant on TheFork',
      );
    case 404:
      return new NotFoundError(context, NOT_FOUND[code] ?? 'what was asked for (HTTP 404)');
    case 409:
      if (code === 'DOUBLE_CANCELLATION') {
        return new ValidationError(context, 'the reservation is already cancelled on TheFork');
      }
      return new SlotUnavailableError(
        context,
        code === 'DOUBLE_BOOKING'
          ? 'that time is full or the guest already has a booking then (DOUBLE_BOOKING)'
          : `TheFork reports a conflict${code ? ` (${code})` : ''}`,
      );
    case 413:
      return new ValidationError(context, 'the request is too large for TheFork');
    case 422:
      return new ValidationError(context, message.length > 0 ? message : 'TheFork answered 422');
    default:
      return new UnexpectedResponseError(context, `TheFork answered HTTP ${failure.status}`);
  }
};

/** True for the 409 TheFork gives when cancelling a reservation twice. */
export function isDoubleCancellation(error: unknown): boolean {
  return error instanceof ValidationError && error.status === 409;
}
