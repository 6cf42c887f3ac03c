import { useTranslation } from 'react-i18next';
import {
  moveClinic,
  removeClinic,
  setClinicTiming,
  setSittingOut,
  updateClinic,
} from '../../../clinic/session/plan/plan-edit';
import type { SessionClinicPlan, SessionPlan } from '../../../clinic/session/plan/session-plan';
import { PHASE_IDS } from '../../../clinic/phases';
import { TEMPLATE_IDS, type TemplateId } from '../../../clinic/templates';
import { useOwnTemplates } from '../../../store/templates-context';
import { CoachButton, focusSoon } from '../CoachList';
import { Field } from '../Field';
import {
  OwnTemplateOptions,
  ownTemplateOf,
  ownTemplateValue,
} from '../templates/own-template-options';
import type { PlannerErrorText } from './planner-errors';

interface ClinicCardProps {
  plan: SessionPlan;
  clinic: SessionClinicPlan;
  index: number;
  onChange: (plan: SessionPlan) => void;
  errorText: PlannerErrorText;
}

/** One case of the session: its owner, the case if known yet, who coaches, who facilitates, its timing. */
export function ClinicCard({ plan, clinic, index, onChange, errorText }: ClinicCardProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const prefix = `clinic.${clinic.id}`;
  const idOf = (part: string) => `clinic-${clinic.id}-${part}`;
  const nameOf = (memberIndex: number, name: string) =>
    name.trim() || t('planner.member', { number: memberIndex + 1 });
  const owner = plan.group.find((member) => member.id === clinic.caseOwnerId);
  const update = (patch: Parameters<typeof updateClinic>[2]) =>
    onChange(updateClinic(plan, clinic.id, patch));
  const move = (to: number, direction: 'up' | 'down') => {
    onChange(moveClinic(plan, clinic.id, to));
    // The focus stays on the button that moved the case, which has moved with it.
    focusSoon(idOf(direction), idOf(direction === 'up' ? 'down' : 'up'));
  };
  const coachesError = errorText(`${prefix}.coaches`);
  const ownTemplates = useOwnTemplates();
  // An own template's lengths are 'custom' to the plan: the choice shows the one they match.
  const ownMatch =
    clinic.templateId === 'custom'
      ? ownTemplates.find((own) =>
          PHASE_IDS.every((id) => own.durationsMs[id] === clinic.durationsMs[id]),
        )
      : undefined;
  const memberOptions = plan.group.map((member, memberIndex) => (
    <option key={member.id} value={member.id}>
      {nameOf(memberIndex, member.name)}
    </option>
  ));

  return (
    <li className="planner-clinic">
      <fieldset className="card">
        <legend>
          {owner?.name.trim()
            ? t('planner.clinicOf', { number, name: owner.name.trim() })
            : t('planner.clinic', { number })}
        </legend>
        <div className="coach-actions planner-clinic-actions">
          <CoachButton
            id={idOf('up')}
            symbol="↑"
            label={t('planner.moveClinicUp', { number })}
            disabled={index === 0}
            onClick={() => move(index - 1, 'up')}
          />
          <CoachButton
            id={idOf('down')}
            symbol="↓"
            label={t('planner.moveClinicDown', { number })}
            disabled={index === plan.clinics.length - 1}
            onClick={() => move(index + 1, 'down')}
          />
          <CoachButton
            symbol="×"
            label={t('planner.removeClinic', { number })}
            disabled={plan.clinics.length <= 1}
            onClick={() => onChange(removeClinic(plan, clinic.id))}
          />
        </div>
        <Field label={t('setup.caseOwner')} error={errorText(`${prefix}.caseOwner`)}>
          {(props) => (
            <select
              {...props}
              value={clinic.caseOwnerId ?? ''}
              onChange={(e) =>
                update({ caseOwnerId: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              <option value="">{t('planner.chooseOwner')}</option>
              {memberOptions}
            </select>
          )}
        </Field>
        <Field label={t('setup.caseTitle')} error={errorText(`${prefix}.caseTitle`)}>
          {(props) => (
            <input
              {...props}
              value={clinic.caseTitle}
              onChange={(e) => update({ caseTitle: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('setup.helpWanted')}
          hint={t('planner.caseLaterHint')}
          error={errorText(`${prefix}.helpWanted`)}
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={clinic.helpWanted}
              onChange={(e) => update({ helpWanted: e.target.value })}
            />
          )}
        </Field>
        <fieldset className="planner-coaches">
          <legend>{t('planner.coachesLegend')}</legend>
          {coachesError && <p className="field-error">{coachesError}</p>}
          {plan.group.map((member, memberIndex) =>
            member.id === clinic.caseOwnerId ? null : (
              <div className="check" key={member.id}>
                <input
                  type="checkbox"
                  id={idOf(`coach-${member.id}`)}
                  checked={!clinic.sittingOutIds.includes(member.id)}
                  onChange={(e) =>
                    onChange(setSittingOut(plan, clinic.id, member.id, !e.target.checked))
                  }
                />
                <label htmlFor={idOf(`coach-${member.id}`)}>
                  {nameOf(memberIndex, member.name)}
                </label>
              </div>
            ),
          )}
        </fieldset>
        {plan.facilitatorMode === 'rotating' && (
          <Field label={t('planner.clinicFacilitator')} error={errorText(`${prefix}.facilitator`)}>
            {(props) => (
              <select
                {...props}
                value={clinic.facilitatorId ?? ''}
                onChange={(e) =>
                  update({ facilitatorId: e.target.value === '' ? null : Number(e.target.value) })
                }
              >
                <option value="">{t('planner.chooseOwner')}</option>
                {memberOptions}
              </select>
            )}
          </Field>
        )}
        <Field label={t('setup.template')} error={errorText(`${prefix}.total`)}>
          {(props) => (
            <select
              {...props}
              value={ownMatch ? ownTemplateValue(ownMatch) : clinic.templateId}
              onChange={(e) => {
                const own = ownTemplateOf(e.target.value, ownTemplates);
                const timing = own ? own.durationsMs : (e.target.value as TemplateId);
                onChange(setClinicTiming(plan, clinic.id, timing));
              }}
            >
              {TEMPLATE_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`template.${id}`)}
                </option>
              ))}
              {clinic.templateId === 'custom' && (
                <option value="custom">{t('template.custom')}</option>
              )}
              <OwnTemplateOptions templates={ownTemplates} />
            </select>
          )}
        </Field>
      </fieldset>
    </li>
  );
}
