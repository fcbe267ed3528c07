import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useCommunityT } from './use-community-t';

/**
 * A list page's refresh counter and its create / edit dialog: `editing` is the row being edited, 'new' for a
 * new one, null when closed; `saved` closes it, says so and refreshes the list.
 */
export function useEditing<T>() {
  const ct = useCommunityT();
  const { message } = App.useApp();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const saved = useCallback(() => {
    setEditing(null);
    void message.success(ct('saved'));
    refresh();
  }, [ct, message, refresh]);
  return {
    version,
    refresh,
    editing,
    /** The row in the dialog (undefined for a new one). */
    current: editing === 'new' || editing === null ? undefined : editing,
    open: setEditing,
    close: useCallback(() => setEditing(null), []),
    saved,
  };
}
