import type { DiningTable } from '../../../../shared/domain/dining-table';
import type { TableState } from './table-state';
import type { Refusal } from './table-fit';
import type { MessageKey } from '../../i18n/messages';

/**
 * The words of the floor plan: the accessible name of a table, the short text drawn on it and
 * refusal sentences. Pure (a translate function and a time formatter come in), so the tests can
 * read what a screen reader and Playwright will hear.
 */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export type FormatTime = (ms: number) => string;

export function partyText(t: Translate, count: number): string {
  return count === 1 ? t('floor.party.one') : t('floor.party', { count });
}

export function tableName(
  t: Translate,
  time: FormatTime,
  table: Pick<DiningTable, 'label' | 'seatsMax'>,
  state: TableState,
): string {
  const head = t('floor.name.table', { label: table.label, seats: table.seatsMax });
  return `${head}, ${stateName(t, time, state)}`;
}

export function stateName(t: Translate, time: FormatTime, state: TableState): string {
  switch (state.kind) {
    case 'free':
      return state.next
        ? t('floor.name.freeUntil', { name: state.next.guestName, time: time(state.next.startsAt) })
        : t('floor.name.free');
    case 'soon': {
      const next = state.next;
      if (!next) return t('floor.name.free');
      const params = {
        time: time(next.startsAt),
        name: next.guestName,
        party: partyText(t, next.partySize),
      };
      const late = -(state.nextInMinutes ?? 0);
      return late > 0
        ? t('floor.name.late', { ...params, minutes: late })
        : t('floor.name.soon', params);
    }
    case 'seated':
      return t('floor.name.seated', {
        minutes: state.elapsedMinutes ?? 0,
        name: state.seated?.guestName ?? '',
        party: partyText(t, state.seated?.partySize ?? 0),
      });
    case 'over':
      return t('floor.name.over', {
        minutes: state.overMinutes ?? 0,
        elapsed: state.elapsedMinutes ?? 0,
        name: state.seated?.guestName ?? '',
      });
    case 'blocked':
      return state.blockedReason
        ? t('floor.name.blockedReason', { reason: state.blockedReason })
        : t('floor.name.blocked');
  }
}

/**
 * The second line drawn on the table, under its label. A small table gets the compact form (no
 * name, shorter words) when the full one would not fit in `maxChars`.
 */
export function stateShort(
  t: Translate,
  time: FormatTime,
  state: TableState,
  maxChars = Number.POSITIVE_INFINITY,
): string {
  const pick = (full: string, compact: string) => (full.length <= maxChars ? full : compact);
  switch (state.kind) {
    case 'free':
      return t('floor.short.free');
    case 'soon': {
      const late = -(state.nextInMinutes ?? 0);
      if (late > 0) {
        return pick(
          t('floor.short.late', { minutes: late }),
          t('floor.short.lateCompact', { minutes: late }),
        );
      }
      const at = state.next ? time(state.next.startsAt) : '';
      return pick(
        t('floor.short.soon', { time: at, name: shortName(state.next?.guestName ?? '') }),
        at,
      );
    }
    case 'seated': {
      // The prime (′) is a symbol, the same in every language: the compact form of minutes.
      const minutes = state.elapsedMinutes ?? 0;
      return pick(t('floor.short.seated', { minutes }), `${minutes}′`);
    }
    case 'over': {
      const minutes = state.overMinutes ?? 0;
      return pick(t('floor.short.over', { minutes }), `+${minutes}′`);
    }
    case 'blocked':
      return t('floor.short.blocked');
  }
}

/** "Jean-Pierre Dupont" → "Dupont": tables are small, the family name is what hosts call. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return last.length > 12 ? `${last.slice(0, 11)}…` : last;
}

export function refusalText(
  t: Translate,
  time: FormatTime,
  refusal: Refusal,
  who: { name: string; partySize: number },
  targetLabel: string,
): string {
  const base = { name: who.name, party: partyText(t, who.partySize), label: targetLabel };
  switch (refusal.reason) {
    case 'too_big':
      return t('floor.refuse.tooBig', { ...base, seats: refusal.seats });
    case 'too_small':
      return t('floor.refuse.tooSmall', { ...base, seats: refusal.seats });
    case 'blocked':
      return t('floor.refuse.blocked', { ...base, label: refusal.table.label });
    case 'taken':
      return t('floor.refuse.taken', {
        ...base,
        label: refusal.table.label,
        other: refusal.by.guestName,
        time: time(refusal.by.startsAt),
      });
    case 'not_combinable':
      return t('floor.refuse.notCombinable', { label: refusal.table.label });
  }
}
