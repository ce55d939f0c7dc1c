import { parentPort } from 'node:worker_threads';
import type { ProjectState } from '../../shared/model/project-state';
import { svgToPng } from '../diagram/diagram-png';
import { withOwnBuffer } from '../jobs/own-buffer';
import type { PictureReply, PictureRequest } from './picture-messages';
import { drawWordPictures, wordPicture } from './word-pictures';

/** A picture worker: draws pictures one at a time, outlining each and writing it as a metafile or pixels on its own thread. */
const port = parentPort;
if (!port) throw new Error('picture-worker runs as a worker thread');

let held: { key: number; state: ProjectState } | undefined;

// The thread is this one picture's: drawing in one go is faster than handing the pixels to the thread pool.
const rasterise = async (svg: string, scale: number, maxSide?: number) => withOwnBuffer(svgToPng(svg, scale, maxSide));

async function reply(request: Exclude<PictureRequest, { type: 'state' }>): Promise<{ reply: PictureReply; transfer: ArrayBuffer[] }> {
  if (request.type === 'svg') {
    const picture = await wordPicture(request.svg, request.scale, rasterise);
    return { reply: { id: request.id, ok: true, value: picture }, transfer: [picture.buffer as ArrayBuffer] };
  }
  if (held?.key !== request.stateKey) throw new Error('the picture worker was not given the project to draw');
  const diagram = await drawWordPictures(held.state, request.processId, rasterise);
  return { reply: { id: request.id, ok: true, value: diagram }, transfer: diagram.pictures.map(({ image }) => image.buffer as ArrayBuffer) };
}

port.on('message', (request: PictureRequest) => {
  if (request.type === 'state') {
    held = { key: request.stateKey, state: request.state };
    return;
  }
  reply(request).then(
    ({ reply: answer, transfer }) => port.postMessage(answer, transfer),
    (err: unknown) => port.postMessage({ id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies PictureReply),
  );
});
