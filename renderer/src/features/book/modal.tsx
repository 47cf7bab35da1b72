import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus
 * stays inside), Escape closes, and focus goes back to where it was when the dialog closes.
 */
export function Modal(props: {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  useEffect(() => {
    onClose.current = props.onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first control; the dialog says which one the host needs first.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'book-modal book-modal-wide' : 'book-modal'}
      aria-labelledby={props.labelledBy}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onClose.current();
      }}
    >
      {props.children}
    </dialog>
  );
}

/** A field with its label and, when wrong, the reason right under it (announced). */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={props.wide ? 'book-field book-field-wide' : 'book-field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.error !== undefined ? (
        <p id={`${props.id}-error`} className="book-field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Props for an input described by its error. */
export function invalidProps(id: string, error: string | undefined) {
  return error === undefined
    ? { 'aria-invalid': false as const }
    : { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
