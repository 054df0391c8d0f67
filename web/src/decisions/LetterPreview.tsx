import type { LetterBlockView } from '@refugio/contract';

/**
 * The letter of the draft as the model resolution fills it now, block by block, in the page (the PDF
 * itself opens from its link: documents are never framed). A blank field shows as `[field]`.
 */
export function LetterPreview({ blocks }: { blocks: readonly LetterBlockView[] }) {
  return (
    <div className="letter-preview" lang="es">
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'heading':
            return i === 0 ? (
              <p key={i} className="letter-preview__title">
                {block.text}
              </p>
            ) : (
              <p key={i} className="letter-preview__heading">
                {block.text}
              </p>
            );
          case 'paragraph':
            return <p key={i}>{block.text}</p>;
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case 'signature':
            return (
              <div key={i} className="letter-preview__signature">
                {block.lines.map((line, j) => (
                  <div key={j}>{line}</div>
                ))}
              </div>
            );
        }
      })}
    </div>
  );
}
