import { createStore } from 'zustand/vanilla';
import {
  deleteOwnTemplate,
  MAX_OWN_TEMPLATES,
  MAX_TEMPLATE_NAME_LENGTH,
  mergeOwnTemplates,
  renameOwnTemplate,
  saveOwnTemplate,
  updateOwnTemplate,
  validateTemplateContent,
  type OwnTemplate,
  type OwnTemplateError,
  type OwnTemplatesResult,
  type TemplateContent,
} from '../clinic/own-templates';
import { sameName } from '../clinic/session/plan/plan-validate';
import {
  templatesFromJson,
  templatesToJson,
  type TemplatesImportError,
} from '../takeaway/templates-file';
import type { Clock } from './clock';
import type { DeviceStorage, StorageProblem } from './device-storage';
import { keepSaved, type SavedStore } from './persisted';
import { TEMPLATES_BACKUP_PREFIX, TEMPLATES_KEY } from './templates-key';
import { defineSave, type LoadNotice, type SaveParse } from './versioned-save';

// The user's own templates, saved on the device under their own key. A store of its own, loaded
// when the setup first needs it (not in the first download); the rules live in the domain
// (clinic/own-templates.ts), the file in takeaway/templates-file.ts.

const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

/** One saved template, checked by the same rules as a template being saved; null if broken. */
function readSavedTemplate(value: unknown): OwnTemplate | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, durationsMs, wrapUpMs, stillnessEndsAutomatically, confidentialityText } =
    value as Record<string, unknown>;
  const group = (value as Record<string, unknown>).group ?? null;
  if (!isId(id) || typeof name !== 'string') return null;
  if (name.trim() === '' || name.length > MAX_TEMPLATE_NAME_LENGTH) return null;
  if (typeof durationsMs !== 'object' || durationsMs === null) return null;
  if (group !== null && !(Array.isArray(group) && group.every((n) => typeof n === 'string'))) {
    return null;
  }
  const content = {
    durationsMs,
    wrapUpMs,
    stillnessEndsAutomatically,
    confidentialityText,
    group,
  } as TemplateContent;
  const typed =
    typeof wrapUpMs === 'number' &&
    typeof stillnessEndsAutomatically === 'boolean' &&
    typeof confidentialityText === 'string';
  if (!typed || validateTemplateContent(content) !== null) return null;
  return { id, name, ...content, durationsMs: { ...content.durationsMs } };
}

/** The saved list: what is sound is kept; a broken or repeated template is named (backed up). */
function parseTemplates(value: unknown): SaveParse<OwnTemplate[]> {
  if (!Array.isArray(value)) return { ok: false, problem: 'the templates are not a list' };
  const kept: OwnTemplate[] = [];
  const dropped: number[] = [];
  value.forEach((item, index) => {
    const template = readSavedTemplate(item);
    const clash =
      template &&
      kept.some((other) => other.id === template.id || sameName(other.name, template.name));
    if (!template || clash || kept.length >= MAX_OWN_TEMPLATES) dropped.push(index + 1);
    else kept.push(template);
  });
  return dropped.length > 0
    ? { ok: true, value: kept, repaired: `template ${dropped.join(', ')}` }
    : { ok: true, value: kept };
}

export const TEMPLATES_SAVE = defineSave<OwnTemplate[]>({
  key: TEMPLATES_KEY,
  backupPrefix: TEMPLATES_BACKUP_PREFIX,
  field: 'templates',
  version: 1,
  parse: parseTemplates,
});

export type TemplatesImportResult =
  | { ok: true; added: OwnTemplate[] }
  | { ok: false; file: TemplatesImportError | null; list: OwnTemplateError | null };

export interface TemplatesStoreState {
  templates: OwnTemplate[];
  /** A saved list that was damaged: what was kept aside, and where. */
  notice: LoadNotice | null;
  /** Why the templates are not being saved; null while they are. */
  saveProblem: StorageProblem | null;
  save: (name: string, content: TemplateContent) => OwnTemplatesResult;
  /** Saves over an existing template, keeping its name. */
  replace: (id: number, content: TemplateContent) => OwnTemplatesResult;
  rename: (id: number, name: string) => OwnTemplatesResult;
  remove: (id: number) => void;
  /** The whole list as a templates file. */
  exportFile: () => string;
  /** Adds a file's templates (a taken name gets a number); nothing changes when it is refused. */
  importFile: (raw: string) => TemplatesImportResult;
  /** Forget everything: the templates may hold the group's names. */
  clear: () => void;
  dismissNotice: () => void;
}

export type TemplatesStore = SavedStore<TemplatesStoreState>;

/** The device's own templates; every window follows what another saves. */
export function createTemplatesStore(storage: DeviceStorage | null, clock: Clock): TemplatesStore {
  const store = createStore<TemplatesStoreState>()((set, get) => {
    const apply = (result: OwnTemplatesResult) => {
      if (result.ok) set({ templates: result.templates });
      return result;
    };
    return {
      templates: [],
      notice: null,
      saveProblem: null,
      save: (name, content) => apply(saveOwnTemplate(get().templates, name, content)),
      replace: (id, content) => apply(updateOwnTemplate(get().templates, id, content)),
      rename: (id, name) => apply(renameOwnTemplate(get().templates, id, name)),
      remove: (id) => set({ templates: deleteOwnTemplate(get().templates, id) }),
      exportFile: () => templatesToJson(get().templates, clock.now()),
      importFile: (raw) => {
        const read = templatesFromJson(raw);
        if (!read.ok) return { ok: false, file: read.error, list: null };
        const merged = mergeOwnTemplates(get().templates, read.templates);
        if (!merged.ok) return { ok: false, file: null, list: merged.error };
        set({ templates: merged.templates });
        return { ok: true, added: merged.templates.slice(-read.templates.length) };
      },
      clear: () => set({ templates: [] }),
      dismissNotice: () => set({ notice: null }),
    };
  });
  return keepSaved(store, {
    save: TEMPLATES_SAVE,
    storage,
    clock,
    pick: (state) => state.templates,
    restore: ({ value, notice }) => ({ templates: value ?? [], ...(notice && { notice }) }),
    problem: (saveProblem) => ({ saveProblem }),
  });
}
