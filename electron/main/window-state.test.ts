import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from './launch-path';
import { DEFAULT_SIZE, loadWindowState, placeWindow, saveWindowState } from './window-state';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1040 };
const SECOND = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('round-trips through its file and reads a damaged file as none', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lanewise-window-')), 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    writeFileSync(file, '{"x": "left"}');
    expect(loadWindowState(file)).toBeNull();
  });

  it('opens where it was when that is on a screen', () => {
    expect(placeWindow({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [SCREEN, SECOND])).toEqual({ x: 2000, y: 100, width: 1600, height: 1000 });
  });

  it('keeps the size but lets the system place a window whose screen is gone', () => {
    expect(placeWindow({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [SCREEN])).toEqual({ width: 1600, height: 1000 });
  });

  it('pulls a window hanging off the edge back in and shrinks it to fit', () => {
    expect(placeWindow({ x: 600, y: -20, width: 2400, height: 900, maximized: false }, [SCREEN])).toEqual({ x: 0, y: 0, width: 1920, height: 900 });
  });

  it('uses the default size the first time', () => {
    expect(placeWindow(null, [SCREEN])).toEqual(DEFAULT_SIZE);
  });
});

describe('launch path', () => {
  it('finds the project file among the arguments', () => {
    expect(projectPathFromArgv(['/opt/Lanewise/lanewise', '--no-sandbox', 'clients/Acme.lanewise'], '/home/u')).toBe('/home/u/clients/Acme.lanewise');
    expect(projectPathFromArgv(['/opt/Lanewise/lanewise', '/data/X.LANEWISE'])).toBe('/data/X.LANEWISE');
    expect(projectPathFromArgv(['/opt/Lanewise/lanewise', '.'])).toBeNull();
  });
});
