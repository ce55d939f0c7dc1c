export function ProcessCanvasView({ processId }: { processId: string }) {
  return <div className="canvas-view" data-process={processId} />;
}
