import type { SimResponse } from '../common/http-types';

/**
 * TheFork answers errors in two shapes: the API's own envelope
 * `{"data":{"code":…},"error":"Not Found","statusCode":404}` (documented) and, from the Kong
 * gateway in front of it, `{"message":…}` (seen in client code; used here for conditions the
 * gateway handles: missing credentials, unknown routes, rate limits, body size, upstream failures).
 */
const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

export function apiError(statusCode: number, code: string, message?: string): SimResponse {
  return {
    status: statusCode,
    body: {
      data: { code },
      error: REASONS[statusCode] ?? 'Error',
      statusCode,
      ...(message === undefined ? {} : { message }),
    },
  };
}

export const unauthorized = (): SimResponse => apiError(401, '');
export const badRequest = (message: string): SimResponse => apiError(400, '', message);
export const reservationNotFound = (): SimResponse => apiError(404, 'RESERVATION_NOT_FOUND');
export const restaurantNotFound = (): SimResponse => apiError(404, 'RESTAURANT_NOT_FOUND');
export const customerNotFound = (): SimResponse => apiError(404, 'CUSTOMER_NOT_FOUND');
export const doubleBooking = (): SimResponse => apiError(409, 'DOUBLE_BOOKING');

export function gatewayError(
  status: number,
  message: string,
  headers?: Record<string, string>,
): SimResponse {
  return headers ? { status, body: { message }, headers } : { status, body: { message } };
}

const UPSTREAM_MESSAGES: Readonly<Record<number, string>> = {
  502: 'An invalid response was received from the upstream server',
  503: 'failure to get a peer from the ring-balancer',
  504: 'The upstream server is timing out',
};

/** Injected 5xx: the gateway's message for 502/503/504, the API envelope for 500. */
export function serverError(status: number): SimResponse {
  const gateway = UPSTREAM_MESSAGES[status];
  return gateway === undefined
    ? apiError(500, '', 'An internal server error occurred')
    : gatewayError(status, gateway);
}
