import { useEffect, useId, useRef } from 'react';

/**
 * A small modal question: labelled, focus moved in and kept in, Escape cancels, focus goes back
 * to where it was.
 */
export function ConfirmDialog(props: {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement | null>(null);
  const cancelRef = useRef<HTMLButtonElement | null>(null);
  const { onCancel } = props;

  useEffect(() => {
    const before = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (before instanceof HTMLElement || before instanceof SVGElement) before.focus();
    };
  }, []);

  return (
    <div className="floor-dialog-backdrop">
      <div
        ref={dialogRef}
        className="floor-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
          if (e.key === 'Tab') {
            const buttons = dialogRef.current?.querySelectorAll('button');
            if (!buttons || buttons.length === 0) return;
            const first = buttons[0];
            const last = buttons[buttons.length - 1];
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last?.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <h2 id={titleId}>{props.title}</h2>
        <p id={bodyId}>{props.body}</p>
        <div className="floor-dialog-actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {props.cancel}
          </button>
          <button type="button" className="button button-danger" onClick={props.onConfirm}>
            {props.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
