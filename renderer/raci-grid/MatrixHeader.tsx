import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingBadge } from '../findings/FindingBadge';
import { asLanguage, marksText } from '../findings/finding-text';
import type { Marks } from '../findings/finding-summary';
import { COLUMN_WIDTH, GROUP_HEADER_HEIGHT, PARTY_HEADER_HEIGHT, STEP_COLUMN_WIDTH, columnLeft, headerHeight } from './grid-geometry';
import type { GridLayout } from './grid-layout';
import type { Span } from './virtual-window';

interface MatrixHeaderProps {
  layout: GridLayout;
  cols: Span;
  width: number;
  partyMarks: ReadonlyMap<string, Marks>;
  accepted: ReadonlySet<string>;
}

/** Sticky column headers: departments spanning their positions above, parties below. */
export const MatrixHeader = memo(function MatrixHeader({ layout, cols, width, partyMarks, accepted }: MatrixHeaderProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const twoLevels = layout.groups !== null;
  const visible = layout.columns.slice(cols.first, cols.end).map((column, i) => ({ column, col: cols.first + i }));

  const corner = (
    <div role="columnheader" aria-colindex={1} aria-rowspan={twoLevels ? 2 : undefined} className="raci-corner" style={{ width: STEP_COLUMN_WIDTH, height: headerHeight(layout) }}>
      {t('raci.stepColumn')}
    </div>
  );

  const partyRow = (
    <div role="row" aria-rowindex={twoLevels ? 2 : 1} className="raci-head-row" style={{ height: PARTY_HEADER_HEIGHT, width }}>
      {!twoLevels && corner}
      {visible.map(({ column, col }) => {
        const marks = partyMarks.get(column.partyId);
        const text = marks && marksText(t, language, marks, accepted);
        const own = twoLevels && column.kind === 'department';
        return (
          <div
            key={column.partyId}
            role="columnheader"
            aria-colindex={col + 2}
            aria-label={column.name}
            title={column.name}
            className={`raci-party${own ? ' raci-party-own' : ''}`}
            style={{ left: columnLeft(col), width: COLUMN_WIDTH, borderTopColor: twoLevels ? undefined : column.color }}
          >
            <span className="raci-party-name">{own ? t('raci.departmentItself') : column.name}</span>
            {marks && text && <FindingBadge marks={marks} label={text.label} detail={text.detail} />}
          </div>
        );
      })}
    </div>
  );

  return (
    <div role="rowgroup" className="raci-head" style={{ height: headerHeight(layout), width }}>
      {twoLevels && (
        <div role="row" aria-rowindex={1} className="raci-head-row" style={{ height: GROUP_HEADER_HEIGHT, width }}>
          {corner}
          {layout.groups!
            .filter((g) => g.first < cols.end && g.first + g.span > cols.first)
            .map((g) => (
              <div
                key={g.department.id}
                role="columnheader"
                aria-colindex={g.first + 2}
                aria-colspan={g.span}
                className="raci-department"
                style={{ left: columnLeft(g.first), width: g.span * COLUMN_WIDTH, borderTopColor: g.department.color }}
              >
                <span className="raci-department-name">{g.department.name}</span>
              </div>
            ))}
        </div>
      )}
      {partyRow}
    </div>
  );
});
