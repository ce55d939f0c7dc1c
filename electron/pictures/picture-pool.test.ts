import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject, rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { svgToPng } from '../diagram/diagram-png';
import { pngSize } from '../word/png-size';
import { PicturePool } from './picture-pool';
import { drawWordPictures } from './word-pictures';

const WORKER = new URL('../../test/support/picture-worker-tsx.mjs', import.meta.url);
const pools: PicturePool[] = [];
const pool = (size: number) => {
  const made = new PicturePool(WORKER, { size });
  pools.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function project(name: string): ProjectState {
  let n = 0;
  const state = emptyProject({ name, language: 'zh-CN', organisation: '' });
  return execute(state, templateCommands('customer-complaint', 'zh-CN', state, () => `${name}-${n++}`)).state;
}
const processIds = (state: ProjectState) => sortedByOrder(rowsOf(state, 'processes')).map((p) => p.id);
/** A square a metafile cannot show (an image in it), so the thread draws it as pixels at the zoom asked for. */
const square = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="${colour}"/><image width="0" height="0"/></svg>`;

describe('the picture threads', () => {
  it('draw a process’s Word pictures byte for byte as this thread does, with the size each prints at', async () => {
    const state = project('a');
    const [processId] = processIds(state);
    const here = await drawWordPictures(state, processId!, async (svg, scale, maxSide) => svgToPng(svg, scale, maxSide));
    const there = await pool(2).wordPictures(state, processId!);
    expect(there.orientation).toBe(here.orientation);
    expect(there.pictures.map((p) => [p.width, p.height])).toEqual(here.pictures.map((p) => [p.width, p.height]));
    expect(there.pictures.map((p) => Buffer.from(p.image).toString('base64'))).toEqual(here.pictures.map((p) => Buffer.from(p.image).toString('base64')));
  });

  it('draw from the project each request names, when two projects are drawn in turn by the same thread', async () => {
    const one = project('one');
    const step = rowsOf(one, 'steps').find((s) => s.processId === processIds(one)[0])!;
    const other = execute(one, { type: 'update', table: 'steps', id: step.id, patch: { name: '在第二次绘制前改名的节点' } }).state;
    const threads = pool(1);
    const [first, second, again] = await Promise.all([threads.wordPictures(one, processIds(one)[0]!), threads.wordPictures(other, processIds(other)[0]!), threads.wordPictures(one, processIds(one)[0]!)]);
    expect(Buffer.from(again!.pictures[0]!.image).equals(Buffer.from(first!.pictures[0]!.image))).toBe(true);
    expect(Buffer.from(second!.pictures[0]!.image).equals(Buffer.from(first!.pictures[0]!.image))).toBe(false);
  });

  it('draw an SVG at the zoom asked for, many at once, each answer to its own request', async () => {
    const threads = pool(2);
    const sizes = await Promise.all([1, 2, 3, 4, 5, 6].map(async (scale) => pngSize(await threads.wordPicture(square('#c00'), scale))));
    expect(sizes.map((s) => [s.width, s.height])).toEqual([[20, 10], [40, 20], [60, 30], [80, 40], [100, 50], [120, 60]]);
  });

  it('refuse a picture that cannot be drawn with its reason, and go on drawing the next', async () => {
    const threads = pool(1);
    await expect(threads.wordPictures(project('x'), 'no-such-process')).rejects.toThrow();
    await expect(threads.wordPicture('<svg', 2)).rejects.toThrow();
    expect(pngSize(await threads.wordPicture(square('#00c'), 1))).toMatchObject({ width: 20, height: 10 });
  });

  it('started ahead of any picture, draw the ones then asked for', async () => {
    const threads = pool(2);
    threads.warm();
    const sizes = await Promise.all([3, 1].map(async (scale) => pngSize(await threads.wordPicture(square('#c0c'), scale))));
    expect(sizes.map((s) => s.width)).toEqual([60, 20]);
  });

  it('refuse the work still waiting when they are stopped', async () => {
    const threads = new PicturePool(WORKER, { size: 1 });
    const refused = [threads.wordPicture(square('#0c0'), 40), threads.wordPicture(square('#0c0'), 40)].map((picture) => expect(picture).rejects.toThrow('stopped'));
    await threads.close();
    await Promise.all(refused);
  });
});
