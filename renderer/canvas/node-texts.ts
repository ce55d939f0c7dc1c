import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Severity } from '../../shared/raci/finding';
import type { QuickDirection } from './quick-add';

export type HandleSide = 't' | 'r' | 'b' | 'l';

/**
 * Words the step nodes show, translated once per language for all of them: a thousand nodes each
 * asking i18next for the same handful of strings was a good part of opening a large diagram.
 */
export interface NodeTexts {
  handles: Record<HandleSide, string>;
  renameLabel(code: string): string;
  badgeLabel(counts: Record<Severity, number>): string;
  quickAdd(direction: QuickDirection, code: string, lane: string): string;
  resize: string;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function nodeTexts(t: TFunction): NodeTexts {
  const badges = new Map<string, string>();
  return {
    handles: { t: t('canvas.handles.t'), r: t('canvas.handles.r'), b: t('canvas.handles.b'), l: t('canvas.handles.l') },
    renameLabel: (code) => t('canvas.inspector.stepName', { code: code || t('canvas.unnamed') }),
    badgeLabel(counts) {
      const key = ORDER.map((s) => counts[s]).join('|');
      let label = badges.get(key);
      if (label === undefined) {
        label = ORDER.filter((s) => counts[s] > 0)
          .map((s) => t(`canvas.badge.${s}`, { count: counts[s] }))
          .join(', ');
        badges.set(key, label);
      }
      return label;
    },
    quickAdd: (direction, code, lane) =>
      direction === 'next' ? t('canvas.quickAdd.next', { code: code || t('canvas.unnamed') }) : t('canvas.quickAdd.lane', { code: code || t('canvas.unnamed'), lane }),
    resize: t('canvas.resize'),
  };
}

export const NodeTextsContext = createContext<NodeTexts | null>(null);

export function useNodeTexts(): NodeTexts {
  const texts = useContext(NodeTextsContext);
  if (!texts) throw new Error('Step nodes need NodeTextsContext');
  return texts;
}
