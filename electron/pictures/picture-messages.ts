import type { ProjectState } from '../../shared/model/project-state';
import type { PrintedDiagram } from '../word/policy-docx-types';

/** A picture a worker draws: a process's Word pictures from the project it holds, or one SVG as a Word picture. */
export type PictureTask =
  | { readonly type: 'process'; readonly id: number; readonly stateKey: number; readonly processId: string }
  | { readonly type: 'svg'; readonly id: number; readonly svg: string; readonly scale: number };

/** The project a worker draws processes from, sent once before the tasks that need it. */
export interface PictureState {
  readonly type: 'state';
  readonly stateKey: number;
  readonly state: ProjectState;
}

export type PictureRequest = PictureState | PictureTask;

export type PictureReply = { readonly id: number; readonly ok: true; readonly value: PrintedDiagram | Uint8Array } | { readonly id: number; readonly ok: false; readonly message: string };
