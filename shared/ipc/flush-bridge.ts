/** Main asks the window to save what is being edited before it closes; the window answers on FLUSHED_CHANNEL with the same token. */
export const FLUSH_CHANNEL = 'lanewise:flush';
export const FLUSHED_CHANNEL = 'lanewise:flushed';

/** The desktop preload's extra: called when the window is about to close. Returns the function that stops listening. */
export interface FlushBridge {
  onFlushRequest(listener: () => Promise<void>): () => void;
}
