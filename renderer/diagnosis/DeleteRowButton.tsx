import { useTranslation } from 'react-i18next';
import type { TableName } from '../../shared/model/table-registry';
import { DeleteIcon } from '../common/icons';
import { useProjectStore } from '../state/project-store';

/** Deletes one row (and what depends on it) as one undoable change; named after what it deletes. */
export function DeleteRowButton({ table, id, name, onDeleted }: { table: TableName; id: string; name: string; onDeleted?: () => void }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const label = t('common.deleteItem', { name });
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={() => void execute({ type: 'delete', table, id }).then((done) => done && onDeleted?.())}>
      <DeleteIcon />
    </button>
  );
}
