export function ColourSwatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}
