import { Drawing, ImageRun, ImportedXmlComponent, Run, type IContext, type IMediaData, type IXmlableObject } from 'docx';
import { HEADER_SIZE, SIGNATURE } from '../emf/emf-records';
import { pngSize, type PixelSize } from './png-size';

/** The two kinds of picture the Word documents hold: vector drawings (EMF) and, where a drawing has to be pixels, PNG. */
export type PictureFormat = 'emf' | 'png';

export function pictureFormat(bytes: Uint8Array): PictureFormat {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= HEADER_SIZE && view.getUint32(0, true) === 1 && view.getUint32(40, true) === SIGNATURE) return 'emf';
  return 'png';
}

/** A picture's natural size in pixels at 96 per inch: a PNG's pixels, a metafile's frame; throws for anything else. */
export function pictureSizeOf(bytes: Uint8Array): PixelSize {
  if (pictureFormat(bytes) === 'png') return pngSize(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The frame, inclusive, in hundredths of a millimetre.
  const width = view.getInt32(32, true) - view.getInt32(24, true) + 1;
  const height = view.getInt32(36, true) - view.getInt32(28, true) + 1;
  if (width <= 0 || height <= 0) throw new Error('EMF picture has no size');
  return { width: (width / 2540) * 96, height: (height / 2540) * 96 };
}

/** Files already told that .emf parts are metafiles. */
const withEmfType = new WeakSet<object>();
/** Each metafile its own key: hashing megabytes of outlines to find the rare identical pair costs more than storing it twice. */
let nextKey = 0;

/**
 * A metafile in a run: docx writes PNG, JPEG, GIF, BMP and SVG only, so the drawing is made here
 * and the package learns the .emf content type when the first one is written.
 */
class EmfRun extends Run {
  private readonly media: IMediaData;

  constructor(emf: Uint8Array, size: PixelSize, caption: string) {
    super({});
    const pixels = { x: Math.round(size.width), y: Math.round(size.height) };
    // docx's media types stop at "png"; the type names the file's extension, which is all it is used for.
    this.media = { type: 'emf' as 'png', fileName: `lanewise-${++nextKey}.emf`, data: emf, transformation: { pixels, emus: { x: pixels.x * 9525, y: pixels.y * 9525 } } };
    this.root.push(new Drawing(this.media, { docProperties: { name: caption, title: caption, description: caption } }));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!withEmfType.has(context.file)) {
      withEmfType.add(context.file);
      context.file.ContentTypes.addChildElement(ImportedXmlComponent.fromXmlString('<Default Extension="emf" ContentType="image/x-emf"/>'));
    }
    context.file.Media.addImage(this.media.fileName, this.media);
    return super.prepForXml(context);
  }
}

/** A picture's run at a size in pixels (96 per inch), its caption as its alternative text. */
export function pictureRun(bytes: Uint8Array, size: PixelSize, caption: string): Run | ImageRun {
  if (pictureFormat(bytes) === 'emf') return new EmfRun(bytes, size, caption);
  return new ImageRun({ type: 'png', data: bytes, transformation: size, altText: { name: caption, title: caption, description: caption } });
}
