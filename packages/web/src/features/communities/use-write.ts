import { useCallback, useState } from 'react';
import { useLocale, useT } from '../../i18n/i18n-context';
import { errorText } from './errors';

/** One form's write: `saving` while it runs, its error as one zh-CN / en-US line, the answer to `onDone`. */
export function useWrite() {
  const t = useT();
  const [locale] = useLocale();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(write: () => Promise<T>, onDone: (answer: T) => void) => {
      setSaving(true);
      setError(null);
      try {
        onDone(await write());
      } catch (cause) {
        setError(errorText(t, cause, locale));
      } finally {
        setSaving(false);
      }
    },
    [t, locale],
  );
  return { saving, error, run };
}
