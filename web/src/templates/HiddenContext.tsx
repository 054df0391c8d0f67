/**
 * Words a screen reader hears after a button's visible text, to tell apart buttons that read the same
 * ("Subir" on every block). The space stays outside the hidden text, so every browser joins them the same way.
 */
export function HiddenContext({ text }: { text: string }) {
  return (
    <>
      {' '}
      <span className="visually-hidden">{text}</span>
    </>
  );
}
