import { describe, expect, it } from 'vitest';
import { choicesFor, ruleForField, type RuleContext } from './mastering-rules';

const open: RuleContext = {
  entityType: 'reservation',
  localStatus: 'confirmed',
  platformMasters: [],
};

describe('mastering rules (decision 9)', () => {
  it('leaves an ordinary field of a confirmed booking to the manager', () => {
    expect(ruleForField('partySize', open)).toEqual({ kind: 'manager', choice: undefined });
  });

  it.each(['seated', 'completed', 'no_show'])('keeps the desk for a %s reservation', (status) => {
    expect(ruleForField('partySize', { ...open, localStatus: status })).toEqual({
      kind: 'local-final-status',
      choice: 'local',
    });
    // Even when the platform masters reservations.
    expect(
      ruleForField('status', { ...open, localStatus: status, platformMasters: ['reservation'] })
        .choice,
    ).toBe('local');
  });

  it('gives the platform the field when its config masters reservations', () => {
    expect(ruleForField('startsAt', { ...open, platformMasters: ['reservation'] })).toEqual({
      kind: 'platform-masters',
      choice: 'remote',
    });
    // Mastering customers says nothing about reservations.
    expect(ruleForField('startsAt', { ...open, platformMasters: ['customer'] }).kind).toBe(
      'manager',
    );
  });

  it('merges allergies whatever the status or the master', () => {
    for (const ctx of [
      open,
      { ...open, localStatus: 'seated' },
      { ...open, platformMasters: ['reservation' as const] },
    ]) {
      expect(ruleForField('allergies', ctx)).toEqual({ kind: 'allergy-union', choice: 'merge' });
    }
    expect(choicesFor('allergies', open)).toContain('merge');
    expect(choicesFor('notes', open)).toEqual(['local', 'remote']);
  });

  it('does not treat hostile status values as final', () => {
    for (const status of [null, 42, ['seated'], { status: 'seated' }, 'SEATED', undefined]) {
      expect(ruleForField('partySize', { ...open, localStatus: status }).kind).toBe('manager');
    }
  });

  it('applies platform mastering to other entity types but not the reservation-only rules', () => {
    const customer: RuleContext = {
      entityType: 'customer',
      localStatus: 'seated',
      platformMasters: ['customer'],
    };
    expect(ruleForField('allergies', customer)).toEqual({
      kind: 'platform-masters',
      choice: 'remote',
    });
  });
});
