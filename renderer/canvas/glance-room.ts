import { areaOf, type LabelSpace } from '../../shared/diagram/event-label';
import type { Rect } from '../../shared/diagram/geometry';
import { glanceExtent } from '../../shared/diagram/step-glance';
import { stepRect } from '../../shared/diagram/step-text';
import type { Step } from '../../shared/model/entities';

export interface Placed {
  step: Step;
  rect: Rect;
}

/**
 * Where a step may write its name when zoomed out, centred on its shape: its lane, up to halfway to
 * the next step on each side. A readable name is wider than a shape seen from afar; the space between
 * steps holds it whole, and two neighbours' names never meet.
 */
export function glanceRooms(placed: readonly Placed[], laneRects: ReadonlyMap<string, Rect>): Map<string, Rect> {
  const rooms = new Map<string, Rect>();
  for (const { step, rect: r } of placed) {
    const lane = laneRects.get(step.laneId);
    if (!lane) continue;
    let left = lane.x;
    let right = lane.x + lane.width;
    let top = lane.y;
    let bottom = lane.y + lane.height;
    for (const other of placed) {
      const q = other.rect;
      if (other.step === step || other.step.laneId !== step.laneId) continue;
      const sideBySide = q.y < r.y + r.height && q.y + q.height > r.y;
      const stacked = q.x < r.x + r.width && q.x + q.width > r.x;
      if (sideBySide && stacked) {
        left = Math.max(left, r.x);
        right = Math.min(right, r.x + r.width);
      } else if (sideBySide && q.x >= r.x + r.width) right = Math.min(right, (r.x + r.width + q.x) / 2);
      else if (sideBySide && q.x + q.width <= r.x) left = Math.max(left, (q.x + q.width + r.x) / 2);
      else if (stacked && q.y >= r.y + r.height) bottom = Math.min(bottom, (r.y + r.height + q.y) / 2);
      else if (stacked && q.y + q.height <= r.y) top = Math.max(top, (q.y + q.height + r.y) / 2);
    }
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    // Never less than the shape itself, even where steps overlap.
    const halfWidth = Math.max(r.width / 2, Math.min(cx - left, right - cx));
    const halfHeight = Math.max(r.height / 2, Math.min(cy - top, bottom - cy));
    rooms.set(step.id, { x: cx - halfWidth, y: cy - halfHeight, width: 2 * halfWidth, height: 2 * halfHeight });
  }
  return rooms;
}

/** The rooms of one lane's steps, worked out the first time a step of that lane asks (only steps in view are drawn). */
export function glanceRoomOf(steps: readonly Step[], laneRects: ReadonlyMap<string, Rect>): (step: Step) => Rect {
  const byLane = new Map<string, Map<string, Rect>>();
  return (step) => {
    let rooms = byLane.get(step.laneId);
    if (!rooms) {
      const placed = steps.filter((s) => s.laneId === step.laneId).map((s) => ({ step: s, rect: stepRect(s) }));
      rooms = glanceRooms(placed, laneRects);
      byLane.set(step.laneId, rooms);
    }
    return rooms.get(step.id) ?? stepRect(step);
  };
}

/**
 * What a start's or end's name keeps clear of at a glance, at one font size: its lane, and every
 * other step's shape with its name. Worked out once per size, the first time a start or end asks.
 */
export function glanceSpaceOf(steps: readonly Step[], laneRects: ReadonlyMap<string, Rect>, roomOf: (step: Step) => Rect): (step: Step, fontSize: number) => LabelSpace {
  const bySize = new Map<number, Array<{ step: Step; boxes: Rect[] }>>();
  const area = areaOf([...laneRects.values()]);
  return (step, fontSize) => {
    let extents = bySize.get(fontSize);
    if (!extents) {
      extents = steps.map((s) => ({ step: s, boxes: glanceExtent(s, stepRect(s), fontSize, roomOf(s)) }));
      bySize.set(fontSize, extents);
    }
    return { lane: laneRects.get(step.laneId) ?? null, area, obstacles: extents.filter((e) => e.step.id !== step.id).flatMap((e) => e.boxes) };
  };
}
