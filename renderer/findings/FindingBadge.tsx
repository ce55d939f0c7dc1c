import type { Marks } from './finding-summary';
import { SeverityIcon } from './SeverityIcon';

/**
 * The worst open severity and how many findings are open, on a row or column of the matrix.
 * `label` is the spoken text ("1 error: …"); `detail` the hover text listing the messages.
 */
export function FindingBadge({ marks, label, detail }: { marks: Marks; label: string; detail: string }) {
  const severity = marks.worst;
  return (
    <span className={`raci-badge ${severity ? `raci-badge-${severity}` : 'raci-badge-accepted'}`} role="img" aria-label={label} title={detail}>
      {severity ? <SeverityIcon severity={severity} size={12} /> : <CheckMark />}
      <span aria-hidden="true">{severity ? marks.open : marks.accepted}</span>
    </span>
  );
}

function CheckMark() {
  return (
    <svg className="severity-icon" viewBox="0 0 24 24" width={12} height={12} aria-hidden="true" focusable="false">
      <path d="M20 6 9 17l-5-5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
