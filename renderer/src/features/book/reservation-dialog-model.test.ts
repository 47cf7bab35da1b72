import { describe, expect, it } from 'vitest';
import {
  newFormValues,
  safeInstant,
  safeServicesOfDay,
  tableOptions,
} from './reservation-dialog-model';
import { room, service, table } from './book-test-fixtures';

const lunch = service({
  id: 'lunch',
  startTime: '12:00',
  endTime: '15:00',
  lastSeatingTime: '13:30',
  defaultDurationMinutes: 75,
});
const dinner = service({ defaultDurationMinutes: 105 });

describe('new booking defaults', () => {
  it('the next slot of the day and that service’s duration; source phone, party of two', () => {
    const afternoon = Date.parse('2026-07-14T13:00:00Z'); // 15:00 in Paris
    const values = newFormValues({
      services: [lunch, dinner],
      date: '2026-07-14',
      zone: 'Europe/Paris',
      now: afternoon,
    });
    expect(values).toMatchObject({
      time: '19:00',
      durationMinutes: '105',
      source: 'phone',
      partySize: '2',
      date: '2026-07-14',
    });
    const morning = newFormValues({
      services: [lunch, dinner],
      date: '2026-07-14',
      zone: 'Europe/Paris',
      now: Date.parse('2026-07-14T06:00:00Z'),
    });
    expect(morning).toMatchObject({ time: '12:00', durationMinutes: '75' });
  });

  it('a date being typed or a day without services gives empty choices, not a crash', () => {
    expect(safeServicesOfDay([dinner], '2026-02-3', 'Europe/Paris')).toEqual([]);
    expect(safeInstant('2026-07-14', '7pm', 'Europe/Paris')).toBeNull();
    expect(newFormValues({ services: [], date: '2026-07-14', zone: 'UTC', now: 0 })).toMatchObject({
      time: '',
      durationMinutes: '90',
    });
  });

  it('tables by room order, then label with numbers in order', () => {
    const rooms = [
      room({ id: 'terrace', name: 'Terrace', position: 1 }),
      room({ id: 'main', name: 'Room' }),
    ];
    const tables = [
      table({ id: 'p1', label: 'P1', diningRoomId: 'terrace' }),
      table({ id: 't10', label: '10' }),
      table({ id: 't2', label: '2' }),
    ];
    expect(tableOptions(tables, rooms).map((o) => `${o.room}:${o.table.label}`)).toEqual([
      'Room:2',
      'Room:10',
      'Terrace:P1',
    ]);
  });
});
