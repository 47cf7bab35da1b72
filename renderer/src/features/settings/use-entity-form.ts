import { useState, type SyntheticEvent } from 'react';
import { useT } from '../../app/use-t';
import { useErrorText } from './form-fields';
import type { FormErrors } from './form-issues';
import type { FormResult } from './restaurant-form';

/**
 * The editing loop shared by the settings editors: the typed form, field errors from the zod
 * conversion, the save through a repository, and a message when the save is refused. What was
 * typed stays in the form whatever happens.
 */
export function useEntityForm<F, V>(options: {
  initial: () => F;
  convert: (form: F) => FormResult<V>;
  save: (value: V) => Promise<unknown>;
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form, setForm] = useState<F>(options.initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = options.convert(form);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(t('settings.fixErrors'));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await options.save(result.value);
      options.onDone();
    } catch (caught) {
      setMessage(t('settings.saveFailed', { message: (caught as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  return {
    form,
    set: (patch: Partial<F>) => setForm({ ...form, ...patch }),
    err: (field: keyof F & string) => errorText(errors[field]),
    message,
    saving,
    submit,
  };
}
