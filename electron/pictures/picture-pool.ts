import { Worker } from 'node:worker_threads';
import type { ProjectState } from '../../shared/model/project-state';
import type { PrintedDiagram } from '../word/policy-docx-types';
import type { PictureReply, PictureTask } from './picture-messages';

/** Each member of a union without some of its fields. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A task as asked for: the pool numbers it and names the project it is drawn from. */
type TaskInput = Without<PictureTask, 'id' | 'stateKey'>;

interface Queued {
  readonly task: TaskInput;
  readonly state?: ProjectState;
  readonly resolve: (value: PrintedDiagram | Uint8Array) => void;
  readonly reject: (reason: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  busy?: Queued & { readonly id: number };
  /** The project the worker holds, so it is sent once, not with every process. */
  stateKey?: number;
}

export interface PicturePoolOptions {
  /** Threads at most; each draws one picture at a time. */
  readonly size: number;
}

/**
 * Worker threads that draw pictures, each on its own heap: the pixels of a picture never weigh on
 * the thread that builds the document, and the pictures of several processes are drawn at once.
 * Threads start when there is work and let the process exit when idle.
 */
export class PicturePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private readonly stateKeys = new WeakMap<ProjectState, number>();
  private nextId = 1;
  private nextStateKey = 1;

  constructor(
    private readonly workerFile: string | URL,
    private readonly options: PicturePoolOptions,
  ) {}

  /** A process's pictures for a Word document, drawn from this project. */
  wordPictures(state: ProjectState, processId: string): Promise<PrintedDiagram> {
    return this.run({ type: 'process', processId }, state) as Promise<PrintedDiagram>;
  }

  /** One SVG as a Word picture: a metafile, or PNG at this zoom where it must be pixels. */
  wordPicture(svg: string, scale: number): Promise<Uint8Array> {
    return this.run({ type: 'svg', svg, scale }) as Promise<Uint8Array>;
  }

  /** Starts every thread now, so each has loaded its fonts by the time the first pictures are asked for. */
  warm(): void {
    while (this.slots.length < this.options.size) this.started().worker.unref();
  }

  /** Stops every thread; work not yet done is refused. */
  async close(): Promise<void> {
    const stopped = new Error('The picture threads were stopped');
    for (const queued of this.queue.splice(0)) queued.reject(stopped);
    await Promise.all(this.slots.splice(0).map((slot) => {
      slot.busy?.reject(stopped);
      return slot.worker.terminate();
    }));
  }

  private run(task: TaskInput, state?: ProjectState): Promise<PrintedDiagram | Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, ...(state ? { state } : {}), resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.options.size ? this.started() : undefined);
      if (!slot) return;
      this.give(slot, this.queue.shift()!);
    }
  }

  private give(slot: Slot, queued: Queued): void {
    const id = this.nextId++;
    slot.busy = { ...queued, id };
    slot.worker.ref();
    if (queued.task.type === 'process' && queued.state) {
      const stateKey = this.keyOf(queued.state);
      if (slot.stateKey !== stateKey) slot.worker.postMessage({ type: 'state', stateKey, state: queued.state });
      slot.stateKey = stateKey;
      slot.worker.postMessage({ ...queued.task, id, stateKey });
    } else slot.worker.postMessage({ ...queued.task, id });
  }

  private keyOf(state: ProjectState): number {
    let key = this.stateKeys.get(state);
    if (key === undefined) {
      key = this.nextStateKey++;
      this.stateKeys.set(state, key);
    }
    return key;
  }

  private started(): Slot {
    const worker = new Worker(this.workerFile);
    const slot: Slot = { worker };
    this.slots.push(slot);
    worker.on('message', (reply: PictureReply) => {
      const done = slot.busy;
      if (!done || done.id !== reply.id) return;
      slot.busy = undefined;
      worker.unref();
      if (reply.ok) done.resolve(reply.value);
      else done.reject(new Error(reply.message));
      this.dispatch();
    });
    const lost = (reason: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.busy?.reject(reason);
      slot.busy = undefined;
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The picture thread stopped unexpectedly (exit code ${code})`)));
    return slot;
  }
}
