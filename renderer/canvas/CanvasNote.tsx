import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID, snap } from '../../shared/diagram/geometry';
import type { Annotation } from '../../shared/model/entities';
import { DeleteIcon } from '../common/icons';
import { useProjectStore } from '../state/project-store';
import { useCanvasUi } from './canvas-ui-store';

const MIN_WIDTH = 40;
const MIN_HEIGHT = 24;
const MAX_SIDE = 4000;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

type Gesture = { kind: 'move' | 'resize'; from: { x: number; y: number }; dx: number; dy: number };

const clampSide = (value: number, min: number) => Math.round(Math.min(MAX_SIDE, Math.max(min, value)));

/**
 * One note on the canvas: its text edited in place (saved when the focus leaves), moved by its top
 * bar and resized by its corner, with the mouse or the arrow keys; each change is one undo step.
 */
export function CanvasNote({ note }: { note: Annotation }) {
  const { t } = useTranslation();
  const { screenToFlowPosition } = useReactFlow();
  const execute = useProjectStore((s) => s.execute);
  const [draft, setDraft] = useState(note.text);
  const [shown, setShown] = useState(note.text);
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const editing = useCanvasUi((s) => s.editingNoteId === note.id);

  // Another edit (undo, redo) changed the text: show it, unless the user is typing.
  if (shown !== note.text) {
    setShown(note.text);
    if (document.activeElement !== textRef.current) setDraft(note.text);
  }

  useEffect(() => {
    if (!editing) return;
    textRef.current?.focus();
    useCanvasUi.getState().editNote(null);
  }, [editing]);

  const save = (patch: Partial<Pick<Annotation, 'x' | 'y' | 'width' | 'height' | 'text'>>) => void execute({ type: 'update', table: 'annotations', id: note.id, patch });
  const remove = () => void execute({ type: 'delete', table: 'annotations', id: note.id });

  const point = (e: PointerEvent) => screenToFlowPosition({ x: e.clientX, y: e.clientY });
  const start = (kind: Gesture['kind']) => (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    setGesture({ kind, from: point(e), dx: 0, dy: 0 });
  };
  const follow = (e: PointerEvent) => {
    if (!gesture) return;
    const p = point(e);
    setGesture({ ...gesture, dx: p.x - gesture.from.x, dy: p.y - gesture.from.y });
  };
  const finish = () => {
    if (!gesture) return;
    setGesture(null);
    if (Math.abs(gesture.dx) < 1 && Math.abs(gesture.dy) < 1) return;
    if (gesture.kind === 'move') save({ x: snap(note.x + gesture.dx), y: snap(note.y + gesture.dy) });
    else save({ width: clampSide(snap(note.width + gesture.dx), MIN_WIDTH), height: clampSide(snap(note.height + gesture.dy), MIN_HEIGHT) });
  };
  const byKeys = (kind: Gesture['kind']) => (e: KeyboardEvent) => {
    const arrow = ARROWS[e.key];
    if (!arrow) return;
    e.preventDefault();
    e.stopPropagation();
    const [ax, ay] = arrow.map((a) => a * GRID * (e.shiftKey ? 5 : 1)) as [number, number];
    if (kind === 'move') save({ x: note.x + ax, y: note.y + ay });
    else save({ width: clampSide(note.width + ax, MIN_WIDTH), height: clampSide(note.height + ay, MIN_HEIGHT) });
  };

  // On the note's own buttons, Delete deletes the note (never the selected steps) and letters name no step.
  const onNoteKey = (e: KeyboardEvent) => {
    if (e.target === textRef.current) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      remove();
    } else if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) e.preventDefault();
  };

  const moving = gesture?.kind === 'move' ? gesture : null;
  const sizing = gesture?.kind === 'resize' ? gesture : null;
  const firstLine = draft.split('\n').find((l) => l.trim())?.trim() ?? '';
  return (
    <div
      className={`canvas-note nodrag nopan${gesture ? ' is-dragging' : ''}`}
      role="group"
      aria-label={firstLine ? t('canvas.notes.label', { text: firstLine.slice(0, 60) }) : t('canvas.notes.empty')}
      data-annotation-id={note.id}
      onKeyDown={onNoteKey}
      style={{
        left: note.x + (moving?.dx ?? 0),
        top: note.y + (moving?.dy ?? 0),
        width: clampSide(note.width + (sizing?.dx ?? 0), MIN_WIDTH),
        minHeight: clampSide(note.height + (sizing?.dy ?? 0), MIN_HEIGHT),
      }}
    >
      <div className="canvas-note-bar">
        <button type="button" className="canvas-note-move" aria-label={t('canvas.notes.move')} title={t('canvas.notes.move')} onPointerDown={start('move')} onPointerMove={follow} onPointerUp={finish} onPointerCancel={() => setGesture(null)} onKeyDown={byKeys('move')} />
        <button type="button" className="icon-button canvas-note-delete" aria-label={t('canvas.notes.delete')} title={t('canvas.notes.delete')} onClick={remove}>
          <DeleteIcon />
        </button>
      </div>
      <textarea
        ref={textRef}
        className="canvas-note-text"
        aria-label={t('canvas.notes.text')}
        placeholder={t('canvas.notes.placeholder')}
        value={draft}
        maxLength={4000}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          // Escape gives the text back and leaves; the canvas's own keys stay out of the text.
          e.stopPropagation();
          if (e.key === 'Escape') {
            setDraft(note.text);
            e.currentTarget.blur();
          }
        }}
        onBlur={() => {
          if (draft !== note.text) save({ text: draft });
        }}
      />
      <button type="button" className="canvas-note-resize" aria-label={t('canvas.notes.resize')} title={t('canvas.notes.resize')} onPointerDown={start('resize')} onPointerMove={follow} onPointerUp={finish} onPointerCancel={() => setGesture(null)} onKeyDown={byKeys('resize')} />
    </div>
  );
}
