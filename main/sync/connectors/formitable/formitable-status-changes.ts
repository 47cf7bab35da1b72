import type { Logger } from '../../../ports';
import {
  NetworkError,
  ServerError,
  ValidationError,
  type PlatformErrorContext,
} from '../../http/platform-errors';
import type { PlatformHttp } from '../../http/platform-http';
import type { NeutralReservation } from '../neutral/neutral-reservation';
import type { StatusChangeCapability, StatusTarget } from '../platform-connector';
import { FormitableBooking } from './formitable-wire';

export interface StatusChangeDeps {
  readonly http: PlatformHttp;
  readonly bookingPath: (uid: string, action?: 'checkin' | 'checkout') => string;
  readonly read: (
    uid: string,
  ) => Promise<{ booking: FormitableBooking; neutral: NeutralReservation }>;
  readonly context: (operation: string) => PlatformErrorContext;
  readonly logger: Logger;
}

/**
 * Check-in and check-out are toggles on Formitable: a second call undoes the first (reference
 * §1a). So every change reads the booking first and only calls what moves it toward the target,
 * and a toggle is never retried blindly: after an unanswered call the state is read again.
 * Check-out cannot be read back (the booking model has no field for it), so this connector
 * remembers the bookings it checked out and refuses to toggle them again; across restarts the
 * sync engine must not repeat a completed change (a check-out with an unknown outcome is to be
 * parked, not retried).
 */
export function formitableStatusChanges(deps: StatusChangeDeps): StatusChangeCapability {
  const checkedOut = new Set<string>();

  const toggle = async (uid: string, action: 'checkin' | 'checkout'): Promise<void> => {
    await deps.http.send({
      method: 'PUT',
      path: deps.bookingPath(uid, action),
      operation: `PUT /{r}/booking/${action}/{uid}`,
      idempotent: false,
    });
  };

  /** Checks in unless already checked in; true when a call was made. */
  const ensureCheckedIn = async (uid: string, calls: string[]): Promise<void> => {
    const { booking } = await deps.read(uid);
    if (booking.status !== 'ACCEPTED' && booking.status !== 'CREATED') {
      throw new ValidationError(
        deps.context('check in'),
        `a ${booking.status.toLowerCase()} booking cannot be checked in`,
      );
    }
    if (booking.checkInDateTime != null) return;
    try {
      await toggle(uid, 'checkin');
      calls.push('check-in');
    } catch (error) {
      if (!(error instanceof NetworkError || error instanceof ServerError)) throw error;
      // Unknown outcome: look instead of calling again (a second call would undo a success).
      const after = await deps.read(uid);
      if (after.booking.checkInDateTime == null) throw error;
      calls.push('check-in');
      deps.logger.info('check-in went through although its answer was lost', { uid });
      return;
    }
    const after = await deps.read(uid);
    if (after.booking.checkInDateTime == null) {
      // Someone checked the guest in between our read and our call, and ours undid it: redo once.
      await toggle(uid, 'checkin');
      calls.push('check-in');
    }
  };

  const change = async (uid: string, target: StatusTarget) => {
    const calls: string[] = [];
    const warnings: string[] = [];
    await ensureCheckedIn(uid, calls);
    if (target === 'seated') {
      warnings.push('Formitable has no seated step: the guest is checked in there.');
    }
    if (target === 'completed') {
      if (checkedOut.has(uid)) {
        warnings.push('The booking was already checked out from this desk: not toggled again.');
      } else {
        await toggle(uid, 'checkout');
        checkedOut.add(uid);
        calls.push('check-out');
      }
    }
    const { neutral } = await deps.read(uid);
    return { reservation: neutral, calls, warnings };
  };

  return {
    targets: ['arrived', 'seated', 'completed'],
    readsBackAs: { arrived: 'arrived', seated: 'arrived', completed: 'arrived' },
    change,
  };
}
