import { describe, expect, it } from 'vitest';
import {
  MAX_OWN_TEMPLATES,
  applyOwnTemplate,
  applyOwnTemplateToSession,
  deleteOwnTemplate,
  mergeOwnTemplates,
  renameOwnTemplate,
  saveOwnTemplate,
  templateContentOf,
  updateOwnTemplate,
  type OwnTemplate,
} from '@/clinic/own-templates';
import { createSessionPlan } from '@/clinic/session/plan/session-plan';
import { addClinic, planForGroup, setGroupNames } from '@/clinic/session/plan/plan-edit';
import { MINUTE, validPlan } from '../helpers/clinic-fixtures';

const ourPlan = () => ({
  ...validPlan('standard'),
  durationsMs: { ...validPlan('standard').durationsMs, dialogue: 25 * MINUTE },
  wrapUpMs: 2 * MINUTE,
  stillnessEndsAutomatically: true,
  confidentialityText: 'Chatham House rules.',
});

function saved(names: string[]): OwnTemplate[] {
  let list: OwnTemplate[] = [];
  for (const name of names) {
    const result = saveOwnTemplate(list, name, templateContentOf(ourPlan()));
    if (!result.ok) throw new Error(result.error.code);
    list = result.templates;
  }
  return list;
}

describe('the user own templates', () => {
  it('save a plan timing and habits under a trimmed name', () => {
    const result = saveOwnTemplate(
      [],
      '  Tuesday group  ',
      templateContentOf(ourPlan(), ['Ada', 'Ben', 'Chloé']),
    );
    expect(result).toEqual({
      ok: true,
      templates: [result.ok && result.template],
      template: {
        id: 1,
        name: 'Tuesday group',
        durationsMs: ourPlan().durationsMs,
        wrapUpMs: 2 * MINUTE,
        stillnessEndsAutomatically: true,
        confidentialityText: 'Chatham House rules.',
        group: ['Ada', 'Ben', 'Chloé'],
      },
    });
  });

  it('refuse a missing, long or taken name, and bad timing, with a code', () => {
    const list = saved(['Tuesday group']);
    const content = templateContentOf(ourPlan());
    const code = (name: string, c = content) => {
      const result = saveOwnTemplate(list, name, c);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code('   ')).toBe('nameMissing');
    expect(code('x'.repeat(61))).toBe('nameTooLong');
    expect(code(' TUESDAY group')).toBe('nameTaken');
    expect(
      code('Short', { ...content, durationsMs: { ...content.durationsMs, roles: 1000 } }),
    ).toBe('timingInvalid');
    expect(code('Short', { ...content, wrapUpMs: -1 })).toBe('timingInvalid');
    expect(code('Two', { ...content, group: ['Ada', 'Ben'] })).toBe('groupInvalid');
    expect(code('Twice', { ...content, group: ['Ada', 'ada', 'Ben'] })).toBe('groupInvalid');
  });

  it('hold at most fifty', () => {
    const list = saved(Array.from({ length: MAX_OWN_TEMPLATES }, (_, i) => `T${i}`));
    const result = saveOwnTemplate(list, 'One more', templateContentOf(ourPlan()));
    expect(result).toEqual({ ok: false, error: { code: 'tooManyTemplates' } });
  });

  it('rename to a free name, and delete', () => {
    const list = saved(['Tuesday group', 'Quick one']);
    const renamed = renameOwnTemplate(list, 2, 'Friday');
    expect(renamed.ok && renamed.templates.map((t) => t.name)).toEqual(['Tuesday group', 'Friday']);
    expect(renameOwnTemplate(list, 2, 'tuesday GROUP')).toEqual({
      ok: false,
      error: { code: 'nameTaken' },
    });
    expect(renameOwnTemplate(list, 1, 'Tuesday Group').ok).toBe(true);
    expect(renameOwnTemplate(list, 9, 'X')).toEqual({ ok: false, error: { code: 'notFound' } });
    expect(deleteOwnTemplate(list, 1).map((t) => t.name)).toEqual(['Quick one']);
    expect(deleteOwnTemplate(list, 9)).toBe(list);
  });

  it('save over an existing one, keeping its name', () => {
    const list = saved(['Tuesday group']);
    const result = updateOwnTemplate(list, 1, { ...templateContentOf(ourPlan()), wrapUpMs: 0 });
    expect(result.ok && result.template).toMatchObject({ name: 'Tuesday group', wrapUpMs: 0 });
  });

  it('merge an import, numbering a name that is taken', () => {
    const list = saved(['Tuesday group']);
    const imported = saved(['Tuesday group', 'Friday']);
    const merged = mergeOwnTemplates(list, imported);
    expect(merged.ok && merged.templates.map((t) => [t.id, t.name])).toEqual([
      [1, 'Tuesday group'],
      [2, 'Tuesday group (2)'],
      [3, 'Friday'],
    ]);
    const full = saved(Array.from({ length: MAX_OWN_TEMPLATES - 1 }, (_, i) => `T${i}`));
    expect(mergeOwnTemplates(full, imported)).toEqual({
      ok: false,
      error: { code: 'tooManyTemplates' },
    });
  });

  it('apply to a single clinic: the timing and habits, never the people', () => {
    const [template] = saved(['Ours']);
    const plan = applyOwnTemplate(validPlan('quick'), template!);
    expect(plan).toMatchObject({
      templateId: 'custom',
      durationsMs: ourPlan().durationsMs,
      wrapUpMs: 2 * MINUTE,
      stillnessEndsAutomatically: true,
      caseOwner: 'Ada',
    });
  });

  it('apply to a session: every clinic, and the group when it has nobody yet', () => {
    const result = saveOwnTemplate(
      [],
      'Ours',
      templateContentOf(ourPlan(), ['Ada', 'Ben', 'Chloé']),
    );
    if (!result.ok) throw new Error(result.error.code);
    const plan = addClinic(addClinic(createSessionPlan(), null), null);
    const applied = applyOwnTemplateToSession(plan, result.template);
    expect(applied.group.map((m) => m.name)).toEqual(['Ada', 'Ben', 'Chloé']);
    expect(applied.clinics.map((c) => c.durationsMs.dialogue)).toEqual([25 * MINUTE, 25 * MINUTE]);
    expect(applied.settings.confidentialityText).toBe('Chatham House rules.');
    const again = applyOwnTemplateToSession(applied, result.template);
    expect(again.group).toEqual(applied.group);
  });
});

describe('the group names of a template in a session plan', () => {
  it('rename members in place, so each case keeps its owner; extra names join, missing ones leave', () => {
    const fresh = planForGroup(['', '', '', ''], 'quick', 3);
    const owners = fresh.clinics.map((clinic) => clinic.caseOwnerId);
    const named = setGroupNames(fresh, ['Ada', 'Ben', 'Chloé']);
    expect(named.group.map((m) => m.name)).toEqual(['Ada', 'Ben', 'Chloé']);
    expect(named.clinics.map((clinic) => clinic.caseOwnerId)).toEqual(owners);
    const grown = setGroupNames(named, ['Ada', 'Ben', 'Chloé', 'Dev', 'Eli']);
    expect(grown.group.map((m) => m.name)).toEqual(['Ada', 'Ben', 'Chloé', 'Dev', 'Eli']);
    expect(grown.clinics.map((clinic) => clinic.caseOwnerId)).toEqual(owners);
    const shrunk = setGroupNames(grown, ['Ada', 'Ben', 'Chloé']);
    expect(shrunk.group).toEqual(named.group.slice(0, 3));
  });
});
