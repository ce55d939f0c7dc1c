// Runs in the browser: the bpmn-js modeler, with the calls the side-by-side bench makes.
import Modeler from 'bpmn-js/lib/Modeler';

interface Canvas {
  zoom(level: number | 'fit-viewport', centre?: { x: number; y: number } | 'auto'): number;
  scroll(delta: { dx: number; dy: number }): void;
}

const modeler = new Modeler({ container: '#canvas' });
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

Object.assign(window, {
  bpmnBench: {
    /** Imports the XML and shows it at the zoom Lanewise opens at; resolves with the time to the first paint. */
    async open(xml: string, zoom: number): Promise<number> {
      const start = performance.now();
      await modeler.importXML(xml);
      const canvas = modeler.get<Canvas>('canvas');
      canvas.zoom(zoom, { x: 0, y: 0 });
      await painted();
      return performance.now() - start;
    },
    async fit(): Promise<number> {
      const start = performance.now();
      modeler.get<Canvas>('canvas').zoom('fit-viewport');
      await painted();
      return performance.now() - start;
    },
  },
});
