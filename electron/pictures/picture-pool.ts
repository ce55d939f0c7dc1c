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
  /** Tasks sent and not yet answered, by id. */
  readonly sent: Map<number, Queued>;
  /** The project the worker holds, so it is sent once, not with every process. */
  stateKey?: number;
}

/** Drawing on the thread that owns the pool. */
export interface LocalDrawing {
  wordPictures(state: ProjectState, processId: string): Promise<PrintedDiagram>;
  wordPicture(svg: string, scale: number): Promise<Uint8Array>;
}

export interface PicturePoolOptions {
  /** Threads at most; each draws one picture at a time. */
  readonly size: number;
  /**
   * The owner's own drawing, for a picture no thread is free for: the job worker would otherwise
   * wait idle, on a core of its own, for the pictures its document needs.
   */
  readonly local?: LocalDrawing;
}

/**
 * Tasks a thread holds at once: the next is waiting in its port when it finishes one, even while
 * the owner is busy drawing one of its own and cannot hand it another.
 */
const TASKS_PER_THREAD = 2;

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
  private drawingHere = false;

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
      for (const queued of slot.sent.values()) queued.reject(stopped);
      slot.sent.clear();
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
      const slot = this.leastBusy() ?? (this.slots.length < this.options.size ? this.started() : undefined);
      if (!slot) break;
      this.give(slot, this.queue.shift()!);
    }
    if (this.queue.length > 0 && this.options.local && !this.drawingHere) {
      this.drawingHere = true;
      // Drawing here holds this thread: the pictures asked for together are handed to the threads first.
      setImmediate(() => this.drawHere(this.options.local!));
    }
  }

  private drawHere(local: LocalDrawing): void {
    const queued = this.queue.shift();
    if (!queued) {
      this.drawingHere = false;
      return;
    }
    const { task } = queued;
    const drawn = (async () => (task.type === 'process' ? local.wordPictures(queued.state!, task.processId) : local.wordPicture(task.svg, task.scale)))();
    drawn.then(queued.resolve, queued.reject).finally(() => {
      this.drawingHere = false;
      this.dispatch();
    });
  }

  /** A thread with none in hand, else one with room for another, else none. */
  private leastBusy(): Slot | undefined {
    const open = this.slots.filter((s) => s.sent.size < TASKS_PER_THREAD);
    return open.find((s) => s.sent.size === 0) ?? (this.slots.length < this.options.size ? undefined : open[0]);
  }

  private give(slot: Slot, queued: Queued): void {
    const id = this.nextId++;
    slot.sent.set(id, queued);
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
    const slot: Slot = { worker, sent: new Map() };
    this.slots.push(slot);
    worker.on('message', (reply: PictureReply) => {
      const done = slot.sent.get(reply.id);
      if (!done) return;
      slot.sent.delete(reply.id);
      if (slot.sent.size === 0) worker.unref();
      if (reply.ok) done.resolve(reply.value);
      else done.reject(new Error(reply.message));
      this.dispatch();
    });
    const lost = (reason: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      for (const queued of slot.sent.values()) queued.reject(reason);
      slot.sent.clear();
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The picture thread stopped unexpectedly (exit code ${code})`)));
    return slot;
  }
}
