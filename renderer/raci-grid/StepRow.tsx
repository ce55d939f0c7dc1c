import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RACI_LETTERS } from '../../shared/model/raci-letters';
import { FindingBadge } from '../findings/FindingBadge';
import { asLanguage, marksText } from '../findings/finding-text';
import type { Marks } from '../findings/finding-summary';
import type { CellLabeller } from './cell-label';
import { COLUMN_WIDTH, ROW_HEIGHT, STEP_COLUMN_WIDTH, columnLeft } from './grid-geometry';
import type { GridColumn } from './grid-layout';
import type { Span } from './virtual-window';

interface StepRowProps {
  stepIndex: number;
  ariaRowIndex: number;
  top: number;
  width: number;
  code: string;
  name: string;
  label: string;
  columns: readonly GridColumn[];
  cols: Span;
  /** A column outside `cols` rendered anyway because it holds the active cell (-1: none). */
  extraCol: number;
  cells: Readonly<Record<string, string>> | undefined;
  pending: ReadonlyMap<string, string> | undefined;
  /** Column of the active cell if it is in this row, else -1. */
  activeCol: number;
  /** The selected columns of this row, or -1/-1. */
  selLeft: number;
  selRight: number;
  marks: Marks | undefined;
  accepted: ReadonlySet<string>;
  conflicts: ReadonlySet<string> | undefined;
  /** Departments granularity: position → its department, to hint at letters held by positions. */
  positionDepartment: ReadonlyMap<string, string> | null;
  labeller: CellLabeller;
}

function Letters({ letters }: { letters: string }) {
  return (
    <>
      {letters.split('').map((l, i) => (
        <span key={l}>
          {i > 0 && <span className="raci-sep">/</span>}
          <span className={`raci-letter raci-letter-${l}`}>{l}</span>
        </span>
      ))}
    </>
  );
}

/** Letters the positions of each department hold on this step, for the departments view. */
function positionLetters(cells: Readonly<Record<string, string>>, positionDepartment: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const partyId in cells) {
    const department = positionDepartment.get(partyId);
    if (department) out.set(department, (out.get(department) ?? '') + cells[partyId]);
  }
  for (const [d, letters] of out) out.set(d, RACI_LETTERS.filter((l) => letters.includes(l)).join(''));
  return out;
}

/** One step of the matrix: its code and name, its badge, and the visible cells. */
export const StepRow = memo(function StepRow(props: StepRowProps) {
  const { t, i18n } = useTranslation();
  const { stepIndex, columns, cols, extraCol, cells, pending, activeCol, selLeft, selRight, conflicts, marks } = props;
  const text = marks && marksText(t, asLanguage(i18n.resolvedLanguage), marks, props.accepted);
  const held = props.positionDepartment && cells ? positionLetters(cells, props.positionDepartment) : null;
  const shown: number[] = [];
  for (let c = cols.first; c < cols.end; c++) shown.push(c);
  if (extraCol >= 0 && (extraCol < cols.first || extraCol >= cols.end)) shown.push(extraCol);

  return (
    <div role="row" aria-rowindex={props.ariaRowIndex} className={`raci-row${marks?.worst ? ` raci-row-${marks.worst}` : ''}`} style={{ top: props.top, width: props.width, height: ROW_HEIGHT }}>
      <div role="rowheader" aria-colindex={1} aria-label={props.label} className="raci-step" style={{ width: STEP_COLUMN_WIDTH }}>
        {props.code && <span className="raci-step-code">{props.code}</span>}
        <span className="raci-step-name" title={props.label}>
          {props.name || props.label}
        </span>
        {marks && text && <FindingBadge marks={marks} label={text.label} detail={text.detail} />}
      </div>
      {shown.map((c) => {
        const column = columns[c]!;
        const letters = pending?.get(column.partyId) ?? cells?.[column.partyId] ?? '';
        const fromPositions = held?.get(column.partyId);
        const selected = c >= selLeft && c <= selRight;
        const active = c === activeCol;
        const conflict = conflicts?.has(column.partyId) ?? false;
        const classes = ['raci-cell'];
        if (letters.includes('A')) classes.push('raci-cell-a');
        if (selected) classes.push('is-selected');
        if (active) classes.push('is-active');
        if (conflict) classes.push('is-conflict');
        return (
          <div
            key={column.partyId}
            role="gridcell"
            aria-colindex={c + 2}
            aria-selected={selected}
            aria-label={props.labeller(props.label, column.name, letters, fromPositions, conflict)}
            tabIndex={active ? 0 : -1}
            data-cell={`${stepIndex}:${c}`}
            className={classes.join(' ')}
            style={{ left: columnLeft(c), width: COLUMN_WIDTH }}
          >
            <Letters letters={letters} />
            {/* A shape, not only a colour, marks the conflict; the cell's name says it in words. */}
            {conflict && <span className="raci-conflict-mark" aria-hidden="true" />}
            {fromPositions && <span className="raci-held" aria-hidden="true" title={fromPositions} />}
          </div>
        );
      })}
    </div>
  );
});
