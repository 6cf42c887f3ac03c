import type { ReactNode } from 'react';

// What the takeaway sheet and the session summary draw alike: the facts under the title, a list
// of typed entries, and the table of planned against actual time. Typed text is React text and
// flows in its own direction.

/** "Date: …", "Facilitator: …": label and value pairs under a document's title. */
export function SheetFacts({ facts }: { facts: Array<[string, ReactNode]> }) {
  return (
    <dl className="sheet-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Entries people typed, each in its own direction. */
export function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}

export interface TimeRow {
  key: string;
  label: ReactNode;
  plannedMs: number;
  actualMs: number;
}

export interface TimeTableProps {
  /** The first column's heading: "Phase", "Case or break". */
  part: string;
  words: { planned: string; actual: string; formatDuration: (ms: number) => string };
  rows: readonly TimeRow[];
  /** The sum, in the table's foot, and its label. */
  total: { plannedMs: number; actualMs: number };
  totalLabel: string;
}

/** Planned against actual, a row a part and the total at the foot. */
export function TimeTable({ part, words, rows, total, totalLabel }: TimeTableProps) {
  const row = ({ key, label, plannedMs, actualMs }: TimeRow) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{words.formatDuration(plannedMs)}</td>
      <td>{words.formatDuration(actualMs)}</td>
    </tr>
  );
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{part}</th>
          <th scope="col">{words.planned}</th>
          <th scope="col">{words.actual}</th>
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
      <tfoot>{row({ key: 'total', label: totalLabel, ...total })}</tfoot>
    </table>
  );
}
