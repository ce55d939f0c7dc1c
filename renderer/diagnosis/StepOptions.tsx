import type { Process, Step } from '../../shared/model/entities';

/** Steps grouped by process, in process order and step code order, as select options. */
export function StepOptions({ processes, steps }: { processes: readonly Process[]; steps: readonly Step[] }) {
  return (
    <>
      {processes.map((p) => {
        const own = steps.filter((s) => s.processId === p.id).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
        if (own.length === 0) return null;
        return (
          <optgroup key={p.id} label={p.name}>
            {own.map((s) => (
              <option key={s.id} value={s.id}>
                {[s.code, s.name].filter(Boolean).join(' ')}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
