import { englishComplete } from '../../../i18n/setup';
import { lazyComponent } from '../../../ui/lazy-component';

// The templates' dialogs come in a chunk of their own, with the rest of English (their strings
// are not in the first download): the setup fetches them after it has painted.

const withEnglish = <T>(load: Promise<T>) =>
  Promise.all([load, englishComplete()]).then(([loaded]) => loaded);

export const SaveTemplateDialog = lazyComponent(() =>
  withEnglish(import('./SaveTemplateDialog').then((m) => m.SaveTemplateDialog)),
);
export const ManageTemplatesDialog = lazyComponent(() =>
  withEnglish(import('./ManageTemplatesDialog').then((m) => m.ManageTemplatesDialog)),
);

export const preloadTemplateDialogs = () =>
  Promise.all([SaveTemplateDialog.preload(), ManageTemplatesDialog.preload()]);
