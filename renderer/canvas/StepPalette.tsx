import { memo, useMemo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../common/use-roving-focus';
import { NODE_SIZE } from '../../shared/diagram/geometry';
import { stepShape } from '../../shared/diagram/step-shapes';
import { STEP_KINDS, type StepKind } from '../../shared/model/entities';

/** The drag payload type: only our palette's drags are accepted by the canvas. */
export const STEP_KIND_MIME = 'application/x-lanewise-step-kind';

function KindIcon({ kind }: { kind: StepKind }) {
  const size = NODE_SIZE[kind];
  // Fixed shapes from the export, no user text.
  const markup = useMemo(() => stepShape(kind, { x: 2, y: 2, width: size.width, height: size.height }, false), [kind, size]);
  return <svg className="palette-icon" viewBox={`0 0 ${size.width + 4} ${size.height + 4}`} aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />;
}

/** The stencil of step shapes: drag one into a lane, or press it to add one to the selected lane. */
function StepPaletteView({ onAdd }: { onAdd: (kind: StepKind) => void }) {
  const { t } = useTranslation();
  const roving = useRovingFocus<HTMLElement>('vertical');
  function onDragStart(e: DragEvent<HTMLButtonElement>, kind: StepKind): void {
    e.dataTransfer.setData(STEP_KIND_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  }
  return (
    <section className="step-palette" role="toolbar" aria-label={t('canvas.palette.title')} {...roving}>
      <h3 className="palette-title">{t('canvas.palette.title')}</h3>
      <ul className="palette-list">
        {STEP_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette-item"
              draggable
              onDragStart={(e) => onDragStart(e, kind)}
              onClick={() => onAdd(kind)}
              aria-label={t('canvas.palette.add', { kind: t(`canvas.kinds.${kind}`) })}
              title={t('canvas.palette.hint')}
            >
              <KindIcon kind={kind} />
              <span className="palette-label">{t(`canvas.kinds.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const StepPalette = memo(StepPaletteView);
