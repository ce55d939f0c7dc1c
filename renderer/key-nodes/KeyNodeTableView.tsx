export function KeyNodeTableView({ processId }: { processId: string }) {
  return <div className="key-node-view" data-process={processId} />;
}
