import { useEffect } from 'react';
import { useSettings } from '../store/store-context';

/** Puts the chosen theme on the document, where app.css picks it up. */
export function useDocumentTheme(): void {
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
