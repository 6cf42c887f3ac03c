import { lazyComponent } from '../../../ui/lazy-component';

// The own templates' controls come after the setup's first paint, in a chunk of their own (the
// first download is over its budget already); the choice of a template stays in the setup.

export const TemplateTools = lazyComponent(() =>
  import('./TemplateTools').then((m) => m.TemplateTools),
);
export const GroupFromTemplate = lazyComponent(() =>
  import('./GroupFromTemplate').then((m) => m.GroupFromTemplate),
);
