/**
 * Advance widths of Noto Sans CJK SC (the font the PNG is outlined in and the canvas asks for), in
 * thousandths of an em, for the printable ASCII characters 32–126; read once from the font files with
 * fontkit. Measuring with these is independent of the diagram code's own width estimate.
 */
const REGULAR = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657,
  638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812, 723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554,
  325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
];
const BOLD = [
  227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681,
  656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853, 749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644, 581,
  372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 436, 495, 421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590,
];

/** Width of a line in the font, kerning left out (it only narrows a line). Anything beyond ASCII counts a full em, as CJK characters and this font's "…" and "·" do. */
export function lineWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    em += cp >= 32 && cp <= 126 ? table[cp - 32]! / 1000 : 1;
  }
  return em * fontSize;
}

/** How far ink reaches above and below the baseline, in em: the CJK em box, and Latin descenders and brackets lower. */
export function lineInk(text: string): { ascent: number; descent: number } {
  return { ascent: 0.88, descent: /[gjpqy,;()[\]{}|（）]/.test(text) ? 0.22 : 0.12 };
}
