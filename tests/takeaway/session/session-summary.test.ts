import { describe, expect, it } from 'vitest';
import { NEW_STEP_FIELDS } from '@/takeaway/notes';
import { buildSessionSummary } from '@/takeaway/session/session-summary';
import { sessionToMarkdown } from '@/takeaway/session/session-markdown';
import { renameMember, updateClinic } from '@/clinic/session/plan/plan-edit';
import { MINUTE, T0 } from '../../helpers/clinic-fixtures';
import { HOSTILE_STRINGS } from '../../helpers/takeaway-fixtures';
import { SUMMARY_WORDS, finishedSession, renderedTags, sessionNotes } from './fixtures';

describe('the session summary', () => {
  const state = finishedSession();
  const summary = buildSessionSummary(state, sessionNotes(state), T0 + 99 * MINUTE);

  it('has each case question, take-aways and next steps from its own notes', () => {
    expect(summary.cases.map((c) => [c.caseOwner, c.caseTitle, c.question, c.outcome])).toEqual([
      ['Ada', 'A merger', 'What should Ada try first?', 'done'],
      ['Chloé', '', 'What should Chloé try first?', 'done'],
      ['Ben', 'A new role', '', 'dropped'],
    ]);
    expect(summary.cases[1]!.takeaways).toEqual([
      'Chloé will listen before deciding',
      'Chloé names what each side is proud of',
    ]);
    expect(summary.cases[0]!.nextSteps).toEqual([
      {
        text: 'Ada books a talk with the team',
        owner: 'Ada',
        dueDate: null,
        status: 'open',
        carried: false,
      },
    ]);
  });

  it('has planned against actual per clinic and for the session', () => {
    expect(summary.cases.map((c) => [c.plannedMs, c.actualMs])).toEqual([
      [35 * MINUTE, 36 * MINUTE],
      [35 * MINUTE, 32 * MINUTE],
      [35 * MINUTE, 0],
    ]);
    expect(summary.breaks).toEqual([{ plannedMs: 10 * MINUTE, actualMs: 12 * MINUTE }]);
    expect([summary.plannedMs, summary.actualMs]).toEqual([125 * MINUTE, 80 * MINUTE]);
    expect(summary.group).toEqual(['Ada', 'Ben', 'Chloé', 'Dev', 'Eli']);
    expect(summary.facilitator).toBe('Eli');
  });

  it('exports to Markdown', () => {
    expect(sessionToMarkdown(summary, SUMMARY_WORDS)).toBe(
      [
        '# Session summary',
        '',
        '- **Date:** 2026-11-22 09:00 UTC – 10:20 UTC',
        '- **Group:** Ada, Ben, Chloé, Dev, Eli',
        '- **Facilitator:** Eli',
        '',
        '## 1. A merger (Ada)',
        '',
        "**The case owner's question:** What should Ada try first?",
        '',
        '### Take-aways',
        '',
        '- Ada will listen before deciding',
        '- Ada names what each side is proud of',
        '',
        '### Next steps',
        '',
        '- Ada books a talk with the team (owner: Ada)',
        '',
        '## 2. Untitled case (Chloé)',
        '',
        "**The case owner's question:** What should Chloé try first?",
        '',
        '### Take-aways',
        '',
        '- Chloé will listen before deciding',
        '- Chloé names what each side is proud of',
        '',
        '### Next steps',
        '',
        '- Chloé books a talk with the team (owner: Chloé)',
        '',
        '## 3. A new role (Ben)',
        '',
        '*Dropped: the case owner was absent*',
        '',
        '## Planned and actual time',
        '',
        '| Part | Planned | Actual |',
        '| --- | ---: | ---: |',
        '| 1. Ada | 35:00 | 36:00 |',
        '| Break | 10:00 | 12:00 |',
        '| 2. Chloé | 35:00 | 32:00 |',
        '| 3. Ben | 35:00 | 0:00 |',
        '| **Whole session** | **2:05:00** | **1:20:00** |',
        '',
      ].join('\n'),
    );
  });
});

describe.each(Object.entries(HOSTILE_STRINGS).map(([name, text]) => [name, text]))(
  'hostile text (%s) in every field of the summary',
  (_, text) => {
    it('stays inert in the Markdown', () => {
      let state = finishedSession();
      let plan = state.plan;
      for (const member of plan.group) plan = renameMember(plan, member.id, `${text} ${member.id}`);
      plan = updateClinic(plan, 3, { caseTitle: text, helpWanted: text });
      plan = { ...plan, facilitatorName: text };
      state = {
        ...state,
        plan,
        dropped: state.dropped.map((c) => ({ ...c, caseTitle: text, helpWanted: text })),
        runs: state.runs.map((run) => ({
          ...run,
          plan: { ...run.plan, caseOwner: text, caseTitle: text },
        })),
      };
      const notes = sessionNotes(state).map((n) => ({
        ...n,
        caseTitle: text,
        helpAsked: text,
        takeaways: [{ id: 90, text }],
        nextSteps: [{ id: 91, text, owner: text, ...NEW_STEP_FIELDS }],
      }));
      const markdown = sessionToMarkdown(buildSessionSummary(state, notes, T0), SUMMARY_WORDS);
      const { html, tags } = renderedTags(markdown);
      // Only what our own template writes: no script, img, a, pre, code, hr or blockquote.
      expect(tags.join(' ')).toBe('em h1 h2 h3 li p strong table tbody td th thead tr ul');
      const count = (tag: string) => html.split(`<${tag}>`).length - 1;
      // One title, a heading per case (two ran, one dropped) and one for the time table.
      expect([count('h1'), count('h2'), count('table')]).toEqual([1, 4, 1]);
      // A header row and five more: two cases, a break, the dropped case, the session.
      expect(count('tr')).toBe(6);
    });
  },
);
