import type { ReservationStatus } from '../../../../shared/domain/reservation';

/**
 * Where a reservation may go from each status. The usual evening path is
 * confirmed → arrived → seated → completed; the others undo a mistake (a no-show who turns up,
 * a table reopened) because mistakes at the desk must be cheap to fix.
 */
const MOVES: Record<ReservationStatus, readonly ReservationStatus[]> = {
  requested: ['confirmed', 'cancelled'],
  confirmed: ['arrived', 'seated', 'no_show', 'cancelled'],
  arrived: ['seated', 'confirmed', 'no_show', 'cancelled'],
  seated: ['completed', 'arrived'],
  completed: ['seated'],
  no_show: ['arrived', 'confirmed'],
  cancelled: ['confirmed'],
};

export function canMove(from: ReservationStatus, to: ReservationStatus): boolean {
  return MOVES[from].includes(to);
}

export function allowedMoves(from: ReservationStatus): readonly ReservationStatus[] {
  return MOVES[from];
}

export interface RowActions {
  /** The one-click next step shown first on the row. */
  readonly primary: ReservationStatus | null;
  /** Other quick moves on the row (cancel is never one: it asks for confirmation). */
  readonly secondary: readonly ReservationStatus[];
}

const PRIMARY: Record<ReservationStatus, ReservationStatus | null> = {
  requested: 'confirmed',
  confirmed: 'arrived',
  arrived: 'seated',
  seated: 'completed',
  completed: null,
  no_show: null,
  cancelled: null,
};

const SECONDARY: Record<ReservationStatus, readonly ReservationStatus[]> = {
  requested: [],
  confirmed: ['seated', 'no_show'],
  arrived: ['no_show'],
  seated: [],
  completed: ['seated'],
  no_show: ['arrived'],
  cancelled: ['confirmed'],
};

export function rowActions(status: ReservationStatus): RowActions {
  return { primary: PRIMARY[status], secondary: SECONDARY[status] };
}

/** The verb for a move, as a message-key suffix: a restore is not the same word as a confirm. */
export type MoveVerb =
  | 'confirm'
  | 'restore'
  | 'arrive'
  | 'seat'
  | 'complete'
  | 'noShow'
  | 'cancel'
  | 'reopen'
  | 'unarrive';

export function moveVerb(from: ReservationStatus, to: ReservationStatus): MoveVerb {
  switch (to) {
    case 'confirmed':
      return from === 'requested' ? 'confirm' : from === 'arrived' ? 'unarrive' : 'restore';
    case 'arrived':
      return 'arrive';
    case 'seated':
      return from === 'completed' ? 'reopen' : 'seat';
    case 'completed':
      return 'complete';
    case 'no_show':
      return 'noShow';
    case 'cancelled':
      return 'cancel';
    case 'requested':
      return 'confirm';
  }
}
