import { createContext, useContext } from 'react';
import type { Orientation } from '../../shared/model/entities';

/** The process's orientation, for nodes whose texts sit differently in rows and in columns. */
export const OrientationContext = createContext<Orientation>('horizontal');

export const useOrientation = () => useContext(OrientationContext);
