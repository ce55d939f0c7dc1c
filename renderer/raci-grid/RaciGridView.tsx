/** processId null: the matrix across all processes. */
export function RaciGridView({ processId }: { processId: string | null }) {
  return <div className="raci-view" data-process={processId ?? 'all'} />;
}
