interface Named {
  readonly id: string;
  readonly name: string;
}

/** The <option>s of rows by name, after an optional first one for "none" or "all" (value ""). */
export function RowOptions({ rows, none }: { rows: readonly Named[]; none?: string }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {rows.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </>
  );
}

/** The <option>s of a closed list of values, each named by `labels`, after an optional first one (value ""). */
export function ValueOptions<V extends string | number>({ values, labels, none }: { values: readonly V[]; labels?: Readonly<Record<V, string>>; none?: string }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {labels ? labels[v] : v}
        </option>
      ))}
    </>
  );
}
