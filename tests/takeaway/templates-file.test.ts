import { describe, expect, it } from 'vitest';
import { saveOwnTemplate, templateContentOf, type OwnTemplate } from '@/clinic/own-templates';
import {
  MAX_TEMPLATES_FILE_CHARS,
  templatesFromJson,
  templatesToJson,
} from '@/takeaway/templates-file';
import { MINUTE, T0, validPlan } from '../helpers/clinic-fixtures';

function templates(): OwnTemplate[] {
  const plan = {
    ...validPlan('standard'),
    durationsMs: { ...validPlan('standard').durationsMs, stillness: 90_000 },
    confidentialityText: 'Stays here.',
  };
  const first = saveOwnTemplate(
    [],
    'Tuesday group',
    templateContentOf(plan, ['Ada', 'Ben', 'Chloé']),
  );
  if (!first.ok) throw new Error(first.error.code);
  const second = saveOwnTemplate(first.templates, 'Quick', templateContentOf(validPlan('quick')));
  if (!second.ok) throw new Error(second.error.code);
  return second.templates;
}

function edited(
  change: (file: { templates: Array<Record<string, unknown>> } & Record<string, unknown>) => void,
) {
  const file = JSON.parse(templatesToJson(templates(), T0));
  change(file);
  return JSON.stringify(file);
}

describe('the templates file', () => {
  it('writes lengths in minutes a person can read', () => {
    const file = JSON.parse(templatesToJson(templates(), T0));
    expect(file).toMatchObject({ format: 'case-clinic-timer/templates', version: 1 });
    expect(file.templates[0]).toEqual({
      name: 'Tuesday group',
      phaseMinutes: {
        roles: 5,
        presentation: 15,
        clarification: 5,
        stillness: 1.5,
        mirroring: 12,
        dialogue: 20,
        closing: 10,
      },
      wrapUpMinutes: 1,
      stillnessEndsAutomatically: false,
      confidentialityText: 'Stays here.',
      group: ['Ada', 'Ben', 'Chloé'],
    });
  });

  it('reads back exactly what was written', () => {
    expect(templatesFromJson(templatesToJson(templates(), T0))).toEqual({
      ok: true,
      templates: templates(),
      exportedAt: T0,
    });
  });

  it('reads a hand-written file without a group', () => {
    const result = templatesFromJson(edited((f) => delete f.templates[1]!.group));
    expect(result.ok && result.templates[1]!.group).toBeNull();
    expect(result.ok && result.templates[1]!.durationsMs.dialogue).toBe(12 * MINUTE);
  });

  const bad: Array<[string, string, string, string?]> = [
    ['an empty file', '', 'empty'],
    ['a giant', `{"x":"${'x'.repeat(MAX_TEMPLATES_FILE_CHARS)}"}`, 'tooLarge'],
    ['not JSON', 'name: Tuesday', 'notJson'],
    ['a cut-off file', templatesToJson(templates(), T0).slice(0, 80), 'truncated'],
    ['a session file', edited((f) => (f.format = 'case-clinic-timer/session')), 'notOurFormat'],
    ['a newer version', edited((f) => (f.version = 7)), 'versionNewer', '7'],
    ['no version', edited((f) => delete f.version), 'versionMissing'],
    [
      'templates that are not a list',
      edited((f) => (f.templates = {} as never)),
      'templatesNotList',
    ],
    ['too many', edited((f) => (f.templates = Array(51).fill(f.templates[0]))), 'tooManyTemplates'],
    [
      'a template that is text',
      edited((f) => (f.templates[1] = 'Quick' as never)),
      'templateNotObject',
      '2',
    ],
    ['a blank name', edited((f) => (f.templates[0]!.name = '  ')), 'templateNameInvalid', '1'],
    [
      'a repeated name',
      edited((f) => (f.templates[1]!.name = 'TUESDAY GROUP')),
      'templateNameDuplicate',
      '2',
    ],
    [
      'minutes as text',
      edited((f) => ((f.templates[0]!.phaseMinutes as Record<string, unknown>).roles = '5')),
      'phaseMinutesInvalid',
      '1',
    ],
    [
      'a phase missing',
      edited((f) => delete (f.templates[0]!.phaseMinutes as Record<string, unknown>).closing),
      'phaseMinutesInvalid',
      '1',
    ],
    [
      'a ten-second phase',
      edited((f) => ((f.templates[1]!.phaseMinutes as Record<string, unknown>).roles = 0.1)),
      'timingInvalid',
      '2: duration.roles: phaseTooShort',
    ],
    [
      'a wrap-up of an hour',
      edited((f) => (f.templates[0]!.wrapUpMinutes = 60)),
      'timingInvalid',
      '1: wrapUp: wrapUpInvalid',
    ],
    [
      'a negative wrap-up',
      edited((f) => (f.templates[0]!.wrapUpMinutes = -1)),
      'wrapUpInvalid',
      '1',
    ],
    [
      'a switch as text',
      edited((f) => (f.templates[0]!.stillnessEndsAutomatically = 'yes')),
      'stillnessInvalid',
      '1',
    ],
    [
      'a reminder that is not text',
      edited((f) => (f.templates[0]!.confidentialityText = null)),
      'confidentialityInvalid',
      '1',
    ],
    ['a group of numbers', edited((f) => (f.templates[0]!.group = [1, 2, 3])), 'groupInvalid', '1'],
    [
      'a group of two',
      edited((f) => (f.templates[0]!.group = ['Ada', 'Ben'])),
      'groupInvalid',
      '1',
    ],
  ];

  it.each(bad)('refuses %s with its own code', (_, raw, code, detail) => {
    const result = templatesFromJson(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      if (detail !== undefined) expect(result.error.detail).toBe(detail);
    }
  });
});
