import { describe, expect, it } from 'vitest';
import type { Step } from '../../shared/model/entities';
import { glanceRooms } from './glance-room';

const step = (id: string, laneId: string) => ({ id, laneId }) as unknown as Step;
const lanes = new Map([
  ['a', { x: 120, y: 32, width: 1000, height: 160 }],
  ['b', { x: 120, y: 192, width: 1000, height: 160 }],
]);

describe('glanceRooms', () => {
  it('gives each step its lane up to halfway to its neighbours, centred on the shape', () => {
    const rooms = glanceRooms(
      [
        { step: step('s1', 'a'), rect: { x: 184, y: 80, width: 160, height: 64 } },
        { step: step('s2', 'a'), rect: { x: 384, y: 80, width: 160, height: 64 } },
        // Another lane's step does not limit it.
        { step: step('s3', 'b'), rect: { x: 350, y: 240, width: 160, height: 64 } },
      ],
      lanes,
    );
    // s1: 64 to the lane's start on the left, 20 to the gap's middle on the right: 20 either side.
    expect(rooms.get('s1')).toEqual({ x: 164, y: 32, width: 200, height: 160 });
    // s2: 20 to the gap on the left.
    expect(rooms.get('s2')).toEqual({ x: 364, y: 32, width: 200, height: 160 });
    expect(rooms.get('s3')).toEqual({ x: 120, y: 192, width: 620, height: 160 });
  });

  it('shares the lane across between two steps stacked in it', () => {
    const rooms = glanceRooms(
      [
        { step: step('s1', 'a'), rect: { x: 200, y: 40, width: 160, height: 48 } },
        { step: step('s2', 'a'), rect: { x: 220, y: 120, width: 160, height: 48 } },
      ],
      lanes,
    );
    // Halfway between 88 and 120 is 104: 40 below the centre 64, and 32 above it to the lane.
    expect(rooms.get('s1')).toEqual({ x: 120, y: 32, width: 320, height: 64 });
  });

  it('never gives less than the shape, even to overlapping steps', () => {
    const rooms = glanceRooms(
      [
        { step: step('s1', 'a'), rect: { x: 200, y: 80, width: 160, height: 64 } },
        { step: step('s2', 'a'), rect: { x: 300, y: 80, width: 160, height: 64 } },
      ],
      lanes,
    );
    expect(rooms.get('s1')).toEqual({ x: 200, y: 32, width: 160, height: 160 });
  });
});
