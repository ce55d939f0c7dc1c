import type { CommandInput } from '../commands/command-schema';
import { suggestedColour } from '../model/department-colours';
import type { Department, Position } from '../model/entities';
import { rowsOf, type ProjectState } from '../model/project-state';
import { normalName, splitPartyLabel } from './party-names';

/**
 * Finds departments and positions named in a file, creating the missing ones (as commands added to
 * the import's batch), so an import into a project reuses its organisation.
 */
export class PartyResolver {
  readonly commands: CommandInput[] = [];
  readonly departmentsCreated: string[] = [];
  readonly departmentsMatched = new Set<string>();
  readonly positionsCreated: string[] = [];
  private readonly departments = new Map<string, Pick<Department, 'id' | 'name'>>();
  /** With each name's comparison key, worked out once: a big import looks parties up tens of thousands of times. */
  private readonly positions: Array<Pick<Position, 'id' | 'name' | 'departmentId'> & { key: string }>;
  private readonly existingDepartments: ReadonlySet<string>;

  constructor(
    state: ProjectState,
    private readonly newId: () => string,
  ) {
    for (const d of rowsOf(state, 'departments')) if (!this.departments.has(normalName(d.name))) this.departments.set(normalName(d.name), d);
    this.existingDepartments = new Set(this.departments.keys());
    this.positions = rowsOf(state, 'positions').map(({ id, name, departmentId }) => ({ id, name, departmentId, key: normalName(name) }));
  }

  department(name: string): string {
    const key = normalName(name);
    const known = this.departments.get(key);
    if (known) {
      if (this.existingDepartments.has(key)) this.departmentsMatched.add(known.name);
      return known.id;
    }
    const id = this.newId();
    const trimmed = name.trim().slice(0, 200);
    this.commands.push({ type: 'add', table: 'departments', row: { id, name: trimmed, color: suggestedColour(this.departments.size) } });
    this.departments.set(key, { id, name: trimmed });
    this.departmentsCreated.push(trimmed);
    return id;
  }

  private position(departmentId: string, name: string): string {
    const key = normalName(name);
    const found = this.positions.find((p) => p.departmentId === departmentId && p.key === key);
    if (found) return found.id;
    const id = this.newId();
    const trimmed = name.trim().slice(0, 200);
    this.commands.push({ type: 'add', table: 'positions', row: { id, departmentId, name: trimmed } });
    this.positions.push({ id, name: trimmed, departmentId, key });
    const department = [...this.departments.values()].find((d) => d.id === departmentId);
    this.positionsCreated.push(department ? `${department.name}/${trimmed}` : trimmed);
    return id;
  }

  /** The department whose name begins a position's name: "市场部经理" belongs to 市场部. */
  private departmentPrefixing(name: string): string | null {
    const key = normalName(name);
    let best: Pick<Department, 'id' | 'name'> | null = null;
    for (const [deptKey, d] of this.departments) if (key.startsWith(deptKey) && key !== deptKey && (!best || deptKey.length > normalName(best.name).length)) best = d;
    return best?.id ?? null;
  }

  /**
   * A RACI party by name: "部门/岗位" is that position; a bare name is a department, else a
   * position of that name (in the lane's department first), else a new position of the department
   * its name begins with, else a new department.
   */
  party(label: string, laneDepartmentId: string): string {
    const parts = splitPartyLabel(label);
    if (parts.length === 2) return this.position(this.department(parts[0]), parts[1]);
    const [name] = parts;
    const key = normalName(name);
    const department = this.departments.get(key);
    if (department) return this.department(name);
    const positions = this.positions.filter((p) => p.key === key);
    const position = positions.find((p) => p.departmentId === laneDepartmentId) ?? positions[0];
    if (position) return position.id;
    const prefixed = this.departmentPrefixing(name);
    return prefixed ? this.position(prefixed, name) : this.department(name);
  }

  /** 责任岗位: always a position, made in the lane's department when nothing else fits. */
  owner(label: string, laneDepartmentId: string): string {
    const parts = splitPartyLabel(label);
    if (parts.length === 2) return this.position(this.department(parts[0]), parts[1]);
    const key = normalName(parts[0]);
    const positions = this.positions.filter((p) => p.key === key);
    const position = positions.find((p) => p.departmentId === laneDepartmentId) ?? positions[0];
    return position?.id ?? this.position(laneDepartmentId, parts[0]);
  }
}
