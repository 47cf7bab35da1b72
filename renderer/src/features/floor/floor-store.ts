import { create } from 'zustand';

/** A change the host can take back: what it was, and how to put things back. */
export interface UndoEntry {
  readonly what: string;
  readonly undo: () => Promise<void>;
}

/** A message in the live region: done (polite), refused or failed (assertive). */
export interface FloorNotice {
  readonly tone: 'done' | 'refused' | 'error';
  readonly text: string;
  /** A way out offered with a refusal (combine tables). */
  readonly offer?: { readonly label: string; readonly run: () => void };
}

const UNDO_DEPTH = 20;

interface FloorState {
  roomId: string | null;
  selectedTableId: string | null;
  /** Tables combined with the selected one for the next seating or assignment. */
  combined: readonly string[];
  editMode: boolean;
  /** A reservation waiting for a table ("Assign to table…", the keyboard way to drag). */
  pickingFor: string | null;
  notice: FloorNotice | null;
  undoStack: readonly UndoEntry[];
  setRoom: (roomId: string) => void;
  select: (tableId: string | null) => void;
  setCombined: (tableIds: readonly string[]) => void;
  setEditMode: (on: boolean) => void;
  setPickingFor: (reservationId: string | null) => void;
  notify: (notice: FloorNotice | null) => void;
  pushUndo: (entry: UndoEntry) => void;
  popUndo: () => UndoEntry | undefined;
}

/** UI state of the floor plan (zustand); data stays in RxDB. */
export const useFloorStore = create<FloorState>((set, get) => ({
  roomId: null,
  selectedTableId: null,
  combined: [],
  editMode: false,
  pickingFor: null,
  notice: null,
  undoStack: [],
  setRoom: (roomId) => set({ roomId, selectedTableId: null, combined: [] }),
  select: (selectedTableId) => set({ selectedTableId, combined: [] }),
  setCombined: (combined) => set({ combined }),
  setEditMode: (editMode) => set({ editMode, combined: [], pickingFor: null }),
  setPickingFor: (pickingFor) => set({ pickingFor }),
  notify: (notice) => set({ notice }),
  pushUndo: (entry) => set({ undoStack: [...get().undoStack, entry].slice(-UNDO_DEPTH) }),
  popUndo: () => {
    const stack = get().undoStack;
    const last = stack[stack.length - 1];
    if (last) set({ undoStack: stack.slice(0, -1) });
    return last;
  },
}));
