import { z } from 'zod';
import { projectMetaPatchSchema, type ProjectMeta } from '../model/entities';
import { idSchema } from '../model/field-schemas';
import {
  addRowSchema,
  ORDERED_TABLE_NAMES,
  patchSchema,
  TABLE_NAMES,
  type AddRow,
  type AddRowInput,
  type OrderedTableName,
  type RowPatch,
  type TableName,
} from '../model/table-registry';

/** More commands than this in one request is refused: a batch is one transaction and one undo step. */
export const MAX_COMMANDS = 50_000;
/** Batches nest (a template inside a paste…) but never deeply; a deep one is an attack on the stack. */
export const MAX_BATCH_DEPTH = 8;

type AddCommandOf<T extends TableName, Row> = { type: 'add'; table: T; row: Row };
type UpdateCommandOf<T extends TableName> = { type: 'update'; table: T; id: string; patch: RowPatch<T> };

type AddCommand = { [T in TableName]: AddCommandOf<T, AddRow<T>> }[TableName];
type AddCommandInput = { [T in TableName]: AddCommandOf<T, AddRowInput<T>> }[TableName];
type UpdateCommand = { [T in TableName]: UpdateCommandOf<T> }[TableName];
type DeleteCommand = { type: 'delete'; table: TableName; id: string };
type MoveCommand = { type: 'move'; table: OrderedTableName; id: string; toIndex: number };
type SetRaciCommand = { type: 'setRaci'; stepId: string; partyId: string; letters: string };
/** The project id is not a setting: it never changes, so a workbook always knows its project. */
type SetMetaCommand = { type: 'setMeta'; patch: Partial<Omit<ProjectMeta, 'projectId'>> };

export type LeafCommand = AddCommand | UpdateCommand | DeleteCommand | MoveCommand | SetRaciCommand | SetMetaCommand;
/** What callers write: defaults may be omitted. */
export type LeafCommandInput = AddCommandInput | UpdateCommand | DeleteCommand | MoveCommand | SetRaciCommand | { type: 'setMeta'; patch: z.input<typeof projectMetaPatchSchema> };
export type Command = LeafCommand | { type: 'batch'; label?: string | undefined; commands: Command[] };
export type CommandInput = LeafCommandInput | { type: 'batch'; label?: string; commands: CommandInput[] };

export const tableNameSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);
export const orderedTableSchema = z.enum(ORDERED_TABLE_NAMES as [OrderedTableName, ...OrderedTableName[]]);

function variants(make: (table: TableName) => z.ZodObject): [z.ZodObject, z.ZodObject, ...z.ZodObject[]] {
  return TABLE_NAMES.map(make) as [z.ZodObject, z.ZodObject, ...z.ZodObject[]];
}

const leafCommand = z.union([
  z.discriminatedUnion('table', variants((t) => z.object({ type: z.literal('add'), table: z.literal(t), row: addRowSchema(t) }))),
  z.discriminatedUnion('table', variants((t) => z.object({ type: z.literal('update'), table: z.literal(t), id: idSchema, patch: patchSchema(t) }))),
  z.object({ type: z.literal('delete'), table: tableNameSchema, id: idSchema }),
  z.object({ type: z.literal('move'), table: orderedTableSchema, id: idSchema, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('setRaci'), stepId: idSchema, partyId: idSchema, letters: z.string().max(8) }),
  z.object({ type: z.literal('setMeta'), patch: projectMetaPatchSchema.strict() }),
]);

const treeSchema: z.ZodType = z.lazy(() =>
  z.union([leafCommand, z.object({ type: z.literal('batch'), label: z.string().max(200).optional(), commands: z.array(treeSchema).min(1).max(MAX_COMMANDS) })]),
);

/**
 * Walks the request without recursion before any schema sees it: zod's own walk is recursive, so a
 * batch nested thousands deep must be refused here, as must a tree of too many commands.
 */
export function commandTreeProblem(input: unknown): string | null {
  const stack: Array<[unknown, number]> = [[input, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const commands = (node as { type?: unknown; commands?: unknown }).type === 'batch' ? (node as { commands?: unknown }).commands : undefined;
    if (!Array.isArray(commands)) {
      if (++count > MAX_COMMANDS) return `too many commands in one change (more than ${MAX_COMMANDS})`;
      continue;
    }
    if (depth > MAX_BATCH_DEPTH) return `batches nested more than ${MAX_BATCH_DEPTH} deep`;
    for (const c of commands) stack.push([c, depth + 1]);
  }
  return null;
}

export const commandSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = commandTreeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
  })
  .pipe(treeSchema) as unknown as z.ZodType<Command, CommandInput>;
