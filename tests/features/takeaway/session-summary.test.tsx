import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { buildSessionSummary } from '@/takeaway/session/session-summary';
import { sessionFromJson } from '@/takeaway/session/session-file';
import { SessionSummarySheet } from '@/features/takeaway/session-summary/SessionSummarySheet';
import * as exportActions from '@/ui/export-actions';
import { renderWithStores } from '../../helpers/render';
import { MINUTE, T0 } from '../../helpers/clinic-fixtures';
import { finishedSession, sessionExport, sessionNotes } from '../../takeaway/session/fixtures';

function renderSummary() {
  const data = sessionExport();
  const summary = buildSessionSummary(data.session, sessionNotes(data.session), T0 + 90 * MINUTE);
  renderWithStores(<SessionSummarySheet summary={summary} exportData={data} />);
  return { data, summary };
}

const onScreen = () => screen.getByRole('region', { name: 'Session summary' });

describe('session summary', { timeout: 20_000 }, () => {
  it("shows each case's question, take-aways and next steps, and a case left out", () => {
    // In the order run: Ben's case was dropped, so it comes last.
    renderSummary();
    const region = onScreen();
    const cases = within(region).getAllByRole('heading', { level: 3 });
    expect(cases.map((h) => h.textContent)).toEqual([
      '1. A merger — Ada',
      '2. Untitled case — Chloé',
      '3. A new role — Ben',
      'Planned and actual time',
    ]);
    expect(within(region).getByText('Left out')).toBeInTheDocument();
    expect(within(region).getByText('Ada will listen before deciding')).toBeInTheDocument();
    expect(within(region).getByText('Chloé books a talk with the team')).toBeInTheDocument();
    expect(within(region).getByText('What should Chloé try first?')).toBeInTheDocument();
    // What stays on each clinic's own sheet (the ideas) is not repeated here.
    expect(within(region).queryByText('An idea that stays on the clinic sheet')).toBeNull();
  });

  it('sets planned against actual for each case, the break and the session', () => {
    renderSummary();
    const table = within(onScreen()).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Case or break', 'Planned', 'Actual']);
    expect(rows.find((row) => row[0] === 'Break')).toEqual(['Break', '10:00', '12:00']);
    expect(rows.at(-1)?.[0]).toBe('Whole session');
  });

  it('downloads Markdown and a JSON file that reads back as the same session', () => {
    const download = vi.spyOn(exportActions, 'downloadText').mockImplementation(() => {});
    const { data } = renderSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    const [markdown, mdName, mdType] = download.mock.calls[0]!;
    expect(mdType).toBe('text/markdown');
    expect(mdName).toMatch(/^case-clinic-session-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown).toContain('# Session summary');
    expect(markdown).toContain('Ada will listen before deciding');
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    const [json, jsonName] = download.mock.calls[1]!;
    expect(jsonName).toMatch(/\.json$/);
    const read = sessionFromJson(json);
    expect(read.ok && read.value.session).toEqual(data.session);
  });

  it('has no JSON button without the record to export', () => {
    const session = finishedSession();
    const summary = buildSessionSummary(session, sessionNotes(session), T0 + 90 * MINUTE);
    renderWithStores(<SessionSummarySheet summary={summary} />);
    expect(screen.queryByRole('button', { name: 'Download JSON' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Print the summary' })).toBeInTheDocument();
  });
});
