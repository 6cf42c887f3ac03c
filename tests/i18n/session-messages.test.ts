import { describe, expect, it } from 'vitest';
import type { OwnTemplateErrorCode } from '@/clinic/own-templates';
import type { FitRefusalCode } from '@/clinic/session/fit/fit-session';
import type { SessionPlanErrorCode } from '@/clinic/session/plan/plan-validate';
import type { SessionImportErrorCode } from '@/takeaway/session/session-file';
import type { TemplatesImportErrorCode } from '@/takeaway/templates-file';
import { readLocales } from '../../scripts/i18n-keys.mjs';

// Every coded answer of the session and template domains has a message in every language.
// The records are typed by the code unions, so a new code without an entry fails the type check.

const PLAN: Record<SessionPlanErrorCode, true> = {
  groupTooSmall: true,
  groupTooLarge: true,
  memberNameMissing: true,
  memberNameTooLong: true,
  memberNameDuplicate: true,
  tooFewClinics: true,
  tooManyClinics: true,
  caseOwnerNotInGroup: true,
  facilitatorNotInGroup: true,
  breakInvalid: true,
  breaksMismatch: true,
  endByInvalid: true,
};
const FIT: Record<FitRefusalCode | 'onTime' | 'dropToFit', true> = {
  noEndTime: true,
  cannotFit: true,
  onTime: true,
  dropToFit: true,
};
const SESSION_FILE: Record<SessionImportErrorCode, true> = {
  empty: true,
  tooLarge: true,
  truncated: true,
  notJson: true,
  notObject: true,
  notOurFormat: true,
  versionMissing: true,
  versionNewer: true,
  versionUnknown: true,
  exportedAtInvalid: true,
  languageInvalid: true,
  sessionInvalid: true,
  sessionNotStarted: true,
  planInvalid: true,
  notesMismatch: true,
  mirrorsMismatch: true,
  placeInvalid: true,
  checkInInvalid: true,
  notesNotObject: true,
  notesTextInvalid: true,
  notesListInvalid: true,
  notesItemInvalid: true,
  notesTooManyItems: true,
  notesTextTooLong: true,
  notesDuplicateId: true,
};
const TEMPLATES: Record<OwnTemplateErrorCode, true> = {
  nameMissing: true,
  nameTooLong: true,
  nameTaken: true,
  tooManyTemplates: true,
  notFound: true,
  timingInvalid: true,
  groupInvalid: true,
};
const TEMPLATES_FILE: Record<TemplatesImportErrorCode, true> = {
  empty: true,
  tooLarge: true,
  truncated: true,
  notJson: true,
  notObject: true,
  notOurFormat: true,
  versionMissing: true,
  versionNewer: true,
  versionUnknown: true,
  exportedAtInvalid: true,
  templatesNotList: true,
  tooManyTemplates: true,
  templateNotObject: true,
  templateNameInvalid: true,
  templateNameDuplicate: true,
  phaseMinutesInvalid: true,
  wrapUpInvalid: true,
  stillnessInvalid: true,
  confidentialityInvalid: true,
  groupInvalid: true,
  timingInvalid: true,
};

const SECTIONS: Array<[string, Record<string, true>]> = [
  ['session.errors', PLAN],
  ['session.fit', FIT],
  ['session.fileErrors', SESSION_FILE],
  ['templates.errors', TEMPLATES],
  ['templates.fileErrors', TEMPLATES_FILE],
];

type Tree = { [key: string]: string | Tree };
const at = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe.each(Object.entries(readLocales()))(
  'the %s messages of sessions and templates',
  (_, tree) => {
    it.each(SECTIONS)('%s has a text for every code, and no other', (section, codes) => {
      const texts = at(tree as Tree, section) as Record<string, string>;
      expect(Object.keys(texts).sort()).toEqual(Object.keys(codes).sort());
      for (const text of Object.values(texts)) expect(text.trim()).not.toBe('');
    });
  },
);
