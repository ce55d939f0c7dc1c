import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciMatrix } from '../../shared/model/project-state';
import { RACI_LETTERS, type RaciLetter } from '../../shared/model/raci-letters';
import { CloseIcon } from '../common/icons';
import type { GridMarks } from '../findings/finding-summary';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { cellLabeller } from './cell-label';
import { clearEdits, editCommand, lettersIn, pasteEdits, toggleEdits, type CellEdit, type LettersAt } from './grid-edits';
import { COLUMN_WIDTH, ROW_HEIGHT, STEP_COLUMN_WIDTH, headerHeight, headerRowCount, rowTop } from './grid-geometry';
import { stepLabel, type GridLayout } from './grid-layout';
import { EXTENDS_WITH_SHIFT, clampSelection, moveTarget, rectOf, rectSize, single, type Cell, type Selection } from './grid-range';
import { useGridUiStore } from './grid-ui-store';
import { GroupRow } from './GroupRow';
import { MatrixHeader } from './MatrixHeader';
import { formatRaciBlock, parseRaciBlock } from './raci-clipboard';
import { StepRow } from './StepRow';
import { usePendingCells } from './use-pending-cells';
import { useVirtualSpans } from './use-virtual-spans';

interface RaciGridProps {
  layout: GridLayout;
  label: string;
  raci: RaciMatrix;
  marks: GridMarks;
  accepted: ReadonlySet<string>;
  /** Departments granularity: position → department, so cells can hint at letters held by positions. */
  positionDepartment: ReadonlyMap<string, string> | null;
  /** Controls shown at the start of the toolbar. */
  tools?: ReactNode;
}

type Notice = { kind: 'error' | 'info'; text: string } | null;

const cellOf = (target: EventTarget | null): Cell | null => {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-cell]') : null;
  if (!el?.dataset.cell) return null;
  const [row, col] = el.dataset.cell.split(':').map(Number);
  return { row: row!, col: col! };
};

/** The editable RACI matrix: virtualised rows and columns, roving focus, keyboard and clipboard editing. */
export function RaciGrid({ layout, label, raci, marks, accepted, positionDepartment, tools }: RaciGridProps) {
  const { t, i18n } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const scroller = useRef<HTMLDivElement>(null);
  const { spans, reveal } = useVirtualSpans(scroller, layout);
  const { pending, current, begin } = usePendingCells();
  const [rawSelection, setSelection] = useState<Selection>(() => single({ row: 0, col: 0 }));
  const [notice, setNotice] = useState<Notice>(null);
  const wantFocus = useRef(false);
  const dragging = useRef(false);
  const helpId = useId();
  // Rebuilt when the language changes.
  const labeller = useMemo(() => cellLabeller(t), [t, i18n.resolvedLanguage]);

  const bounds = { rows: layout.stepRows.length, cols: layout.columns.length };
  const selection = clampSelection(rawSelection, bounds);
  const rect = rectOf(selection);
  const size = rectSize(rect);
  const active = selection.focus;

  // Main's latest state plus edits on their way: what the next keystroke builds on.
  const lettersAt: LettersAt = useCallback((stepId, partyId) => current().get(stepId)?.get(partyId) ?? useProjectStore.getState().project?.state.raci[stepId]?.[partyId] ?? '', [current]);

  const select = useCallback(
    (next: Selection, focus: boolean) => {
      setSelection(next);
      const row = layout.stepRows[next.focus.row];
      if (row !== undefined) reveal(row, next.focus.col);
      if (focus) wantFocus.current = true;
    },
    [layout, reveal],
  );

  // Focus follows the active cell once it is rendered (it may have just scrolled into the window).
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`)?.focus({ preventScroll: true });
  });

  function apply(edits: CellEdit[], commandLabel: string): void {
    const command = editCommand(edits, commandLabel);
    if (!command) return;
    const done = begin(edits);
    void execute(command).finally(done);
  }

  function toggle(letter: RaciLetter): void {
    setNotice(null);
    apply(toggleEdits(layout, rect, letter, lettersAt), `RACI ${letter}`);
  }

  function clear(): void {
    setNotice(null);
    apply(clearEdits(layout, rect, lettersAt), 'RACI clear');
  }

  function paste(text: string): void {
    const parsed = parseRaciBlock(text);
    if (!parsed.ok) {
      const detail = parsed.reason === 'empty' ? t('raci.pasteEmpty') : t('raci.pasteInvalid', { row: parsed.row, column: parsed.column, text: parsed.text });
      setNotice({ kind: 'error', text: `${t('raci.pasteFailed')} ${detail}` });
      return;
    }
    const plan = pasteEdits(layout, rect, parsed.cells, lettersAt);
    if (!plan.ok) {
      setNotice({ kind: 'error', text: `${t('raci.pasteFailed')} ${t('raci.pasteTooBig', plan)}` });
      return;
    }
    apply(plan.edits, 'RACI paste');
    const filled = parsed.cells.length === 1 && parsed.cells[0]!.length === 1 ? size : { rows: parsed.cells.length, cols: parsed.cells[0]!.length };
    // Select what was pasted, so the user sees (and can copy or undo) exactly that block.
    select({ anchor: { row: rect.top, col: rect.left }, focus: { row: rect.top + filled.rows - 1, col: rect.left + filled.cols - 1 } }, true);
    setNotice({ kind: 'info', text: t('raci.pasted', { count: plan.cells }) });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    if (!cellOf(e.target) || e.nativeEvent.isComposing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const letter = e.key.toUpperCase();
    if (!ctrl && !e.altKey && e.key.length === 1 && (RACI_LETTERS as readonly string[]).includes(letter)) {
      e.preventDefault();
      toggle(letter as RaciLetter);
      return;
    }
    if (!ctrl && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      clear();
      return;
    }
    if (ctrl && !e.altKey && !e.shiftKey && letter === 'A') {
      e.preventDefault();
      select({ anchor: { row: 0, col: 0 }, focus: { row: bounds.rows - 1, col: bounds.cols - 1 } }, true);
      return;
    }
    if (e.key === 'Escape') {
      // Takes back the last thing asked of the grid: a notice, then a block selection. The focus stays.
      if (notice) setNotice(null);
      else if (size.rows * size.cols > 1) select(single(active), true);
      return;
    }
    if (e.altKey) return;
    const to = moveTarget(active, { key: e.key, shift: e.shiftKey, ctrl }, bounds, spans.pageRows);
    if (!to) return;
    e.preventDefault();
    select(e.shiftKey && EXTENDS_WITH_SHIFT.has(e.key) ? { anchor: selection.anchor, focus: to } : single(to), true);
  }

  function onCopy(e: ClipboardEvent<HTMLDivElement>, cut: boolean): void {
    if (!cellOf(e.target)) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', formatRaciBlock(lettersIn(layout, rect, lettersAt)));
    setNotice({ kind: 'info', text: t('raci.copied', { count: size.rows * size.cols }) });
    if (cut) apply(clearEdits(layout, rect, lettersAt), 'RACI cut');
  }

  function onPaste(e: ClipboardEvent<HTMLDivElement>): void {
    if (!cellOf(e.target)) return;
    e.preventDefault();
    paste(e.clipboardData.getData('text/plain'));
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>): void {
    const cell = cellOf(e.target);
    if (!cell || e.button !== 0) return;
    dragging.current = true;
    setSelection(e.shiftKey ? { anchor: selection.anchor, focus: cell } : single(cell));
  }

  function onPointerOver(e: PointerEvent<HTMLDivElement>): void {
    if (!dragging.current) return;
    const cell = cellOf(e.target);
    if (!cell) return;
    if (e.buttons !== 1) {
      dragging.current = false;
      return;
    }
    setSelection((s) => (s.focus.row === cell.row && s.focus.col === cell.col ? s : { anchor: s.anchor, focus: cell }));
  }

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener('pointerup', stop);
    return () => window.removeEventListener('pointerup', stop);
  }, []);

  useJumpRequests(layout, raci, select);

  const width = STEP_COLUMN_WIDTH + layout.columns.length * COLUMN_WIDTH;
  const height = headerHeight(layout) + layout.rows.length * ROW_HEIGHT;
  const headRows = headerRowCount(layout);
  const activeDisplay = layout.stepRows[active.row] ?? -1;
  const rendered: number[] = [];
  for (let i = spans.rows.first; i < spans.rows.end; i++) rendered.push(i);
  // The active cell stays in the DOM when scrolled away, so the keyboard focus is never lost.
  if (activeDisplay >= 0 && (activeDisplay < spans.rows.first || activeDisplay >= spans.rows.end)) rendered.push(activeDisplay);
  const unnamed = t('raci.unnamedStep');
  const noPhase = t('raci.noPhase');

  return (
    <div className="raci-grid-area">
      <div className="raci-toolbar" role="toolbar" aria-label={t('raci.toolbar')}>
        {tools}
        <div className="raci-letter-buttons">
          {RACI_LETTERS.map((l) => (
            <button key={l} type="button" className={`raci-letter-button raci-letter-${l}`} aria-label={t('raci.setLetter', { letter: l })} title={t('raci.setLetter', { letter: l })} onMouseDown={(e) => e.preventDefault()} onClick={() => toggle(l)}>
              {l}
            </button>
          ))}
          <button type="button" aria-label={t('raci.clearCells')} title={t('raci.clearCells')} onMouseDown={(e) => e.preventDefault()} onClick={clear}>
            {t('raci.clear')}
          </button>
        </div>
        <span className="raci-selection" aria-live="polite">
          {notice?.kind === 'info' ? notice.text : size.rows * size.cols > 1 ? t('raci.selection', { rows: size.rows, columns: size.cols }) : ''}
        </span>
      </div>
      {notice?.kind === 'error' && (
        <div className="raci-notice" role="alert">
          <span>{notice.text}</span>
          <button type="button" className="icon-button" aria-label={t('raci.dismiss')} title={t('raci.dismiss')} onClick={() => setNotice(null)}>
            <CloseIcon />
          </button>
        </div>
      )}
      <div
        ref={scroller}
        className="raci-scroller"
        role="grid"
        aria-label={label}
        aria-multiselectable="true"
        aria-rowcount={headRows + layout.rows.length}
        aria-colcount={layout.columns.length + 1}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onCopy={(e) => onCopy(e, false)}
        onCut={(e) => onCopy(e, true)}
        onPaste={onPaste}
        onPointerDown={onPointerDown}
        onPointerOver={onPointerOver}
      >
        <div className="raci-canvas" role="presentation" style={{ width, height }}>
          <MatrixHeader layout={layout} cols={spans.cols} width={width} partyMarks={marks.parties} accepted={accepted} />
          <div role="rowgroup">
            {rendered.map((i) => {
              const row = layout.rows[i]!;
              const top = rowTop(layout, i);
              const ariaRowIndex = headRows + i + 1;
              if (row.kind === 'process') return <GroupRow key={`p:${row.process.id}`} ariaRowIndex={ariaRowIndex} top={top} width={width} colCount={layout.columns.length + 1} level="process" label={row.process.name} />;
              if (row.kind === 'phase') return <GroupRow key={`ph:${row.processId}:${row.phase?.id ?? ''}`} ariaRowIndex={ariaRowIndex} top={top} width={width} colCount={layout.columns.length + 1} level="phase" label={row.phase?.name ?? noPhase} />;
              const r = row.stepIndex;
              const inSelection = r >= rect.top && r <= rect.bottom;
              return (
                <StepRow
                  key={row.step.id}
                  stepIndex={r}
                  ariaRowIndex={ariaRowIndex}
                  top={top}
                  width={width}
                  code={row.step.code}
                  name={row.step.name}
                  label={stepLabel(row.step, unnamed)}
                  columns={layout.columns}
                  cols={spans.cols}
                  extraCol={r === active.row ? active.col : -1}
                  cells={raci[row.step.id]}
                  pending={pending.get(row.step.id)}
                  activeCol={r === active.row ? active.col : -1}
                  selLeft={inSelection ? rect.left : -1}
                  selRight={inSelection ? rect.right : -1}
                  marks={marks.steps.get(row.step.id)}
                  accepted={accepted}
                  conflicts={marks.conflicts.get(row.step.id)}
                  positionDepartment={positionDepartment}
                  labeller={labeller}
                />
              );
            })}
          </div>
        </div>
      </div>
      <p className="raci-help" id={helpId}>
        <span>{t('raci.legend')}</span>
        <span>{t('raci.keyboardHelp')}</span>
      </p>
    </div>
  );
}

/** Brings a cell asked for by the findings list (or another view's focusStep) into view and focuses it. */
function useJumpRequests(layout: GridLayout, raci: RaciMatrix, select: (next: Selection, focus: boolean) => void): void {
  const target = useGridUiStore((s) => s.target);
  const clearTarget = useGridUiStore((s) => s.clearTarget);
  const focusStepId = useViewStore((s) => s.focusStepId);
  const clearFocus = useViewStore((s) => s.clearFocus);

  useEffect(() => {
    const stepId = target ? target.stepId : focusStepId;
    const partyId = target?.partyId ?? null;
    if (!target && !focusStepId) return;
    if (target) clearTarget();
    else clearFocus();
    let row = stepId ? layout.stepRows.findIndex((d) => { const r = layout.rows[d]; return r?.kind === 'step' && r.step.id === stepId; }) : 0;
    if (row < 0) row = 0;
    let col = partyId ? layout.columns.findIndex((c) => c.partyId === partyId) : -1;
    if (col < 0 && stepId) col = layout.columns.findIndex((c) => raci[stepId]?.[c.partyId]?.includes('A'));
    select(single({ row, col: Math.max(0, col) }), true);
  }, [target, focusStepId, layout, raci, select, clearTarget, clearFocus]);
}
