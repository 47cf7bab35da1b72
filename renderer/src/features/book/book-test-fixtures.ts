import type { BookReservation, BookRoom, BookService, BookTable } from './book-types';

/** Small builders for the book's unit tests (plain data, no store). */
export function service(over: Partial<BookService> = {}): BookService {
  return {
    id: 'dinner',
    name: 'Dinner',
    type: 'dinner',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '19:00',
    endTime: '23:00',
    lastSeatingTime: '21:30',
    maxCovers: 40,
    slotIntervalMinutes: 30,
    defaultDurationMinutes: 90,
    prepayment: { mode: 'none' },
    autoConfirm: true,
    diningRoomIds: [],
    private: false,
    active: true,
    position: 1,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

export function booking(over: Partial<BookReservation> & { startsAt: number }): BookReservation {
  return {
    id: 'r1',
    guestName: 'Jean Dupont',
    partySize: 2,
    durationMinutes: 90,
    status: 'confirmed',
    source: 'phone',
    tableIds: [],
    allergies: [],
    dietaryRestrictions: [],
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

export function table(over: Partial<BookTable> & { id: string }): BookTable {
  return {
    diningRoomId: 'main',
    label: over.id,
    seatsMin: 1,
    seatsMax: 4,
    shape: 'square',
    x: 0,
    y: 0,
    width: 10,
    height: 10,
    rotation: 0,
    combinableWith: [],
    blocked: false,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

export function room(over: Partial<BookRoom> & { id: string }): BookRoom {
  return {
    name: over.id,
    position: 0,
    width: 100,
    height: 100,
    active: true,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}
