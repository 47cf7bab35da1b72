/**
 * Drag and drop of a reservation between screens (book list, timeline, floor plan) uses one
 * data type, so any view can be a source and the floor plan's tables are the targets.
 */
export const RESERVATION_DRAG_TYPE = 'application/x-couvert-reservation';

export function setDraggedReservation(
  event: { dataTransfer: DataTransfer | null },
  reservationId: string,
): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(RESERVATION_DRAG_TYPE, reservationId);
  event.dataTransfer.setData('text/plain', reservationId);
  event.dataTransfer.effectAllowed = 'move';
}

/** The dragged reservation's id, or null when the drag carries something else. */
export function draggedReservation(event: { dataTransfer: DataTransfer | null }): string | null {
  const id = event.dataTransfer?.getData(RESERVATION_DRAG_TYPE) ?? '';
  return id.length > 0 && id.length <= 64 ? id : null;
}

export function carriesReservation(event: { dataTransfer: DataTransfer | null }): boolean {
  return event.dataTransfer?.types.includes(RESERVATION_DRAG_TYPE) ?? false;
}
