import type { ReservationStatus } from '../../../../shared/domain/reservation';
import type { TheForkMealStatus, TheForkStatus } from './thefork-wire';

/**
 * TheFork keeps two fields: `status` (the booking: RECORDED = confirmed, REQUESTED = waiting for the
 * restaurant, and the endings) and `mealStatus` (where the guest is). An ending status wins; else
 * the meal status, when there is one, says how far the visit went.
 */
const FROM_STATUS: Readonly<Record<TheForkStatus, ReservationStatus>> = {
  RECORDED: 'confirmed',
  CONFIRMED: 'confirmed',
  REQUESTED: 'requested',
  CANCELED: 'cancelled',
  REFUSED: 'cancelled',
  REJECTED: 'cancelled',
  NO_SHOW: 'no_show',
};

const FROM_MEAL_STATUS: Readonly<Record<TheForkMealStatus, ReservationStatus>> = {
  PARTIALLY_ARRIVED: 'arrived',
  ARRIVED: 'arrived',
  SEATED: 'seated',
  // The bill was asked for: still at the table.
  BILL: 'seated',
  LEFT: 'completed',
};

const ENDINGS: ReadonlySet<TheForkStatus> = new Set(['CANCELED', 'REFUSED', 'REJECTED', 'NO_SHOW']);

export function theForkToDeskStatus(
  status: TheForkStatus,
  mealStatus: TheForkMealStatus | null | undefined,
): ReservationStatus {
  if (ENDINGS.has(status) || mealStatus === null || mealStatus === undefined) {
    return FROM_STATUS[status];
  }
  return FROM_MEAL_STATUS[mealStatus];
}

/** How a desk status reads on TheFork (what a faithful TheFork record would show). */
export function deskToTheForkStatus(status: ReservationStatus): {
  status: TheForkStatus;
  mealStatus: TheForkMealStatus | null;
} {
  switch (status) {
    case 'requested':
      return { status: 'REQUESTED', mealStatus: null };
    case 'confirmed':
      return { status: 'RECORDED', mealStatus: null };
    case 'arrived':
      return { status: 'RECORDED', mealStatus: 'ARRIVED' };
    case 'seated':
      return { status: 'RECORDED', mealStatus: 'SEATED' };
    case 'completed':
      return { status: 'RECORDED', mealStatus: 'LEFT' };
    case 'cancelled':
      return { status: 'CANCELED', mealStatus: null };
    case 'no_show':
      return { status: 'NO_SHOW', mealStatus: null };
  }
}

export function theForkStatusLabel(
  status: TheForkStatus,
  mealStatus: TheForkMealStatus | null | undefined,
): string {
  return mealStatus ? `${status}/${mealStatus}` : status;
}
