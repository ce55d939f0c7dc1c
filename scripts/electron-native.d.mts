export interface ElectronTarget {
  electron: string;
  abi: string;
  betterSqlite3: string;
  platform: NodeJS.Platform;
  arch: string;
}
export function electronTarget(): ElectronTarget;
export function nativeFolder(nativeRoot: string, abi: string): string;
export function isCurrent(folder: string, target: ElectronTarget): boolean;
export function whatIsMissing(output: string): string;
export function ensureElectronBuild(nativeRoot?: string): { built: boolean; folder: string; error?: undefined } | { error: string; built?: undefined; folder?: undefined };
