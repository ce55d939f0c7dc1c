import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { CanvasNote } from './CanvasNote';
import { useAnnotations } from './use-process-rows';

/** The process's notes, above the steps and moving with the viewport. */
function AnnotationLayerView({ processId }: { processId: string }) {
  const notes = useAnnotations(processId);
  if (notes.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="annotation-layer">
        {notes.map((note) => (
          <CanvasNote key={note.id} note={note} />
        ))}
      </div>
    </ViewportPortal>
  );
}

export const AnnotationLayer = memo(AnnotationLayerView);
