import { describe, expect, it } from 'vitest';
import { ReservationStatus } from '../../../../shared/domain/reservation';
import { allowedMoves, canMove, moveVerb, rowActions } from './status-flow';

describe('status moves', () => {
  it('the evening path is one click at a time', () => {
    expect(rowActions('requested').primary).toBe('confirmed');
    expect(rowActions('confirmed').primary).toBe('arrived');
    expect(rowActions('arrived').primary).toBe('seated');
    expect(rowActions('seated').primary).toBe('completed');
    expect(rowActions('completed').primary).toBeNull();
    expect(rowActions('confirmed').secondary).toEqual(['seated', 'no_show']);
  });

  it('every quick action is an allowed move, and cancel is never a quick action', () => {
    for (const status of ReservationStatus.options) {
      const { primary, secondary } = rowActions(status);
      for (const to of [primary, ...secondary]) {
        if (to === null) continue;
        expect(canMove(status, to), `${status} -> ${to}`).toBe(true);
        expect(to).not.toBe('cancelled');
      }
    }
  });

  it('refuses moves that make no sense', () => {
    expect(canMove('completed', 'no_show')).toBe(false);
    expect(canMove('cancelled', 'seated')).toBe(false);
    expect(canMove('seated', 'cancelled')).toBe(false);
    expect(canMove('confirmed', 'confirmed')).toBe(false);
    for (const status of ReservationStatus.options) {
      expect(allowedMoves(status)).not.toContain(status);
      expect(allowedMoves(status)).not.toContain('requested');
    }
  });

  it('mistakes are undoable: a no-show who turns up, a table reopened, a cancel restored', () => {
    expect(canMove('no_show', 'arrived')).toBe(true);
    expect(canMove('completed', 'seated')).toBe(true);
    expect(canMove('cancelled', 'confirmed')).toBe(true);
    expect(moveVerb('cancelled', 'confirmed')).toBe('restore');
    expect(moveVerb('requested', 'confirmed')).toBe('confirm');
    expect(moveVerb('completed', 'seated')).toBe('reopen');
    expect(moveVerb('confirmed', 'seated')).toBe('seat');
  });
});
