import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { SetupState } from '../../../../shared/contract/setup-commands';
import { useBridgeApi } from '../../app/bridge-context';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import {
  checkJoinForm,
  classifyRefusal,
  JOIN_FIELDS,
  refusalAfterEdit,
  refusalWords,
  visibleErrors,
  type JoinField,
  type JoinForm,
  type Refusal,
} from './join-form';
import { bridgeErrorOf } from './use-setup-gate';

interface FieldText {
  text: string;
  detail?: string;
}

/**
 * Relay address, enrolment code and desk name, checked as they are typed with the contract's
 * schema; a refusal of the desk lands next to the field it concerns. What was typed stays.
 * Used by the first launch and by Settings → Relay.
 */
export function JoinRelayForm(props: { onJoined: (state: SetupState) => void }) {
  const t = useT();
  const api = useBridgeApi();
  const locale = useDeskStore((s) => s.locale);
  const [typed, setTyped] = useState<JoinForm>({ relayUrl: '', code: '', deviceName: '' });
  // A field is judged once it was typed in and left (tabbing through empty fields is no error).
  const [edited, setEdited] = useState<ReadonlySet<JoinField>>(() => new Set());
  const [touched, setTouched] = useState<ReadonlySet<JoinField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);
  const inputs = useRef<Partial<Record<JoinField, HTMLInputElement | null>>>({});

  // Until it is typed in, the desk's name is the default of the language on display.
  const form: JoinForm = edited.has('deviceName')
    ? typed
    : { ...typed, deviceName: t('setup.join.deviceNameDefault') };
  const check = checkJoinForm(form);
  const errors = visibleErrors(check.ok ? {} : check.errors, touched, submitted);
  const refusalText = (r: Refusal): FieldText => {
    const words = refusalWords(r, locale);
    if (words.kind === 'detail') return { text: r.detail };
    return {
      text: t(`setup.refusal.${words.key}`),
      detail: t('setup.refusal.detail', { detail: r.detail }),
    };
  };
  const fieldText = (field: JoinField): FieldText | undefined => {
    const issue = errors[field];
    if (issue !== undefined) return { text: t(`setup.join.error.${issue}`) };
    return refusal?.field === field ? refusalText(refusal) : undefined;
  };
  const formText: FieldText | null = sending
    ? { text: t('setup.join.joining') }
    : submitted && !check.ok
      ? { text: t('setup.join.fixErrors') }
      : refusal !== null && refusal.field === null
        ? refusalText(refusal)
        : null;

  const edit = (field: JoinField, value: string) => {
    setTyped({ ...form, [field]: value });
    setRefusal(refusalAfterEdit(refusal, field));
    if (!edited.has(field)) setEdited(new Set([...edited, field]));
  };
  const leave = (field: JoinField) => {
    if (edited.has(field) && !touched.has(field)) setTouched(new Set([...touched, field]));
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (sending) return;
    setSubmitted(true);
    if (!check.ok) {
      const first = JOIN_FIELDS.find((f) => check.errors[f] !== undefined);
      if (first !== undefined) inputs.current[first]?.focus();
      return;
    }
    setRefusal(null);
    setSending(true);
    try {
      const state = await api.setupJoinRelay(check.value);
      props.onJoined(state);
    } catch (caught) {
      const placed = classifyRefusal(bridgeErrorOf(caught));
      setRefusal(placed);
      if (placed.field !== null) inputs.current[placed.field]?.focus();
    } finally {
      setSending(false);
    }
  };

  const field = (name: JoinField, label: string, extra: Omit<InputProps, 'name'>) => (
    <JoinInput
      name={name}
      label={label}
      value={form[name]}
      error={fieldText(name)}
      onChange={(value) => edit(name, value)}
      onBlur={() => leave(name)}
      register={(el) => {
        inputs.current[name] = el;
      }}
      {...extra}
    />
  );

  return (
    <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate>
      {field('relayUrl', t('setup.join.relayUrl'), {
        hint: t('setup.join.relayUrlHint'),
        type: 'url',
        inputMode: 'url',
      })}
      {field('code', t('setup.join.code'), {
        hint: t('setup.join.codeHint'),
        autoCapitalize: 'characters',
      })}
      {field('deviceName', t('setup.join.deviceName'), {})}
      <div className="setup-actions">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={sending}
          // Keeps the focus (and the layout) still between press and release: a field's sentence
          // appearing on blur would otherwise move the button away from under the pointer.
          onMouseDown={(e) => e.preventDefault()}
        >
          {sending ? t('setup.join.joining') : t('setup.join.submit')}
        </button>
      </div>
      <div className="setup-form-message" role="status" aria-live="polite">
        {formText === null ? null : (
          <p className={sending ? 'setup-progress-text' : 'field-error'}>
            {sending ? null : <span aria-hidden="true">⚠ </span>}
            {formText.text}
            {formText.detail === undefined ? null : (
              <span className="setup-detail">{formText.detail}</span>
            )}
          </p>
        )}
      </div>
    </form>
  );
}

interface InputProps {
  name: JoinField;
  hint?: string;
  type?: 'text' | 'url';
  inputMode?: 'url' | 'text';
  autoCapitalize?: 'characters' | 'off';
}

function JoinInput({
  register,
  ...props
}: InputProps & {
  label: string;
  value: string;
  error: FieldText | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
  register: (el: HTMLInputElement | null) => void;
}) {
  const id = useId();
  const described = [
    props.hint === undefined ? null : `${id}-hint`,
    props.error === undefined ? null : `${id}-error`,
  ].filter((x) => x !== null);
  return (
    <div className="field setup-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={register}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoCapitalize={props.autoCapitalize ?? 'off'}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        aria-invalid={props.error === undefined ? undefined : true}
        aria-describedby={described.length === 0 ? undefined : described.join(' ')}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
      {props.hint === undefined ? null : (
        <span id={`${id}-hint`} className="setup-hint">
          {props.hint}
        </span>
      )}
      {props.error === undefined ? null : (
        <span id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {props.error.text}
          {props.error.detail === undefined ? null : (
            <span className="setup-detail">{props.error.detail}</span>
          )}
        </span>
      )}
    </div>
  );
}
