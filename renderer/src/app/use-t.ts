import { useCallback } from 'react';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/i18n';
import { useDeskStore } from './desk-store';

export function useT() {
  const locale = useDeskStore((s) => s.locale);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
}
