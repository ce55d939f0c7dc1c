export function FindingsView() {
  return <div className="findings-view" />;
}
