/** The single Electron IPC channel; the contract's channel name travels inside it. */
export const INVOKE_CHANNEL = 'lanewise:invoke';
