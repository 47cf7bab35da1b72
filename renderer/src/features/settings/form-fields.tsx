import { useId, type ReactNode } from 'react';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import type { FieldError, FormErrors } from './form-issues';

/** The sentence of a field error, in the desk's language. */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const t = useT();
  return (error) =>
    error === undefined ? undefined : t(`settings.error.${error.key}` as MessageKey, error.params);
}

function ErrorText({ id, text }: { id: string; text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <span id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  placeholder?: string;
  wide?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  type,
  inputMode,
  maxLength,
  placeholder,
  wide,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className={wide === true ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type ?? 'text'}
        value={value}
        inputMode={inputMode}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onChange={(e) => onChange(e.target.value)}
      />
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
}

export function SelectField({ label, value, onChange, options, error }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
}

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export function CheckGroup<V extends string | number>(props: {
  legend: string;
  options: readonly { value: V; label: string }[];
  values: readonly V[];
  onChange: (values: V[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <fieldset
      className="field check-group"
      aria-invalid={props.error === undefined ? undefined : true}
      aria-describedby={props.error === undefined ? undefined : `${id}-error`}
    >
      <legend>{props.legend}</legend>
      <div className="check-row">
        {props.options.map((o) => (
          <CheckField
            key={String(o.value)}
            label={o.label}
            checked={props.values.includes(o.value)}
            onChange={(on) =>
              props.onChange(
                on ? [...props.values, o.value] : props.values.filter((v) => v !== o.value),
              )
            }
          />
        ))}
      </div>
      <ErrorText id={`${id}-error`} text={props.error} />
    </fieldset>
  );
}

/** The row of buttons under a form, with the form-level message. */
export function FormActions(props: {
  saving: boolean;
  message: string | null;
  ok: boolean;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button settings-primary" disabled={props.saving}>
        {props.saving ? t('settings.saving') : t('settings.save')}
      </button>
      {props.onCancel === undefined ? null : (
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t('settings.cancel')}
        </button>
      )}
      {props.children}
      <p className={props.ok ? 'form-message ok' : 'form-message'} role="status" aria-live="polite">
        {props.message ?? ''}
      </p>
    </div>
  );
}

/** Errors as props: undefined for a field without problem. */
export function errorFor(errors: FormErrors, field: string): FieldError | undefined {
  return errors[field];
}
