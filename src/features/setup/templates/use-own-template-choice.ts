import { useState } from 'react';
import type { OwnTemplate } from '../../../clinic/own-templates';
import { PHASE_IDS } from '../../../clinic/phases';
import type { Plan } from '../../../clinic/templates';
import { useClinic } from '../../../store/store-context';
import { useOwnTemplates } from '../../../store/templates-context';
import type { MinuteDrafts } from '../minutes';
import { ownTemplateValue } from './own-template-options';

const sameTiming = (template: OwnTemplate, plan: Plan) =>
  PHASE_IDS.every((id) => template.durationsMs[id] === plan.durationsMs[id]) &&
  template.wrapUpMs === plan.wrapUpMs;

const hasNames = (plan: Plan) =>
  plan.caseOwner.trim() !== '' || plan.coaches.some((name) => name.trim() !== '');

export interface OwnTemplateChoice {
  templates: OwnTemplate[];
  /** The template choice's value: the own template last applied while its timing holds. */
  value: string;
  apply: (template: OwnTemplate) => void;
  /** A template with names chose over names already typed: asked before they are replaced. */
  askingNames: OwnTemplate | null;
  answerNames: (replace: boolean) => void;
}

/** Choosing an own template in "One clinic": its timing and habits, and its names if wanted. */
export function useOwnTemplateChoice(drafts: MinuteDrafts): OwnTemplateChoice {
  const plan = useClinic((s) => s.clinic.plan);
  const dispatch = useClinic((s) => s.dispatch);
  const templates = useOwnTemplates();
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [askingNames, setAskingNames] = useState<OwnTemplate | null>(null);
  const chosen = templates.find((t) => t.id === chosenId && sameTiming(t, plan));

  const fillNames = ({ group }: OwnTemplate) => {
    if (group)
      dispatch({ type: 'updatePlan', patch: { caseOwner: group[0], coaches: group.slice(1) } });
  };
  return {
    templates,
    value: chosen ? ownTemplateValue(chosen) : plan.templateId,
    apply: (template) => {
      drafts.forgetAll();
      for (const phaseId of PHASE_IDS) {
        dispatch({ type: 'setPhaseDuration', phaseId, ms: template.durationsMs[phaseId] });
      }
      const { wrapUpMs, stillnessEndsAutomatically, confidentialityText } = template;
      dispatch({
        type: 'updatePlan',
        patch: { wrapUpMs, stillnessEndsAutomatically, confidentialityText },
      });
      setChosenId(template.id);
      setAskingNames(template.group && hasNames(plan) ? template : null);
      if (!hasNames(plan)) fillNames(template);
    },
    askingNames,
    answerNames: (replace) => {
      if (replace && askingNames) fillNames(askingNames);
      setAskingNames(null);
    },
  };
}
