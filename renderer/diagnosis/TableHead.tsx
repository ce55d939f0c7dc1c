import { useTranslation } from 'react-i18next';

/** A table's header row; `actions` adds a last column for the row buttons, named for screen readers. */
export function TableHead({ columns, actions = false }: { columns: readonly string[]; actions?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th scope="col" key={i}>
            {c}
          </th>
        ))}
        {actions && (
          <th scope="col">
            <span className="visually-hidden">{t('diagnosis.actions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
