import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/fixtures/pdf-text';
import { renderPdf, wrappingText } from './render-pdf';

describe('wrappingText', () => {
  it('leaves ordinary text as it is', () => {
    expect(wrappingText('Tapachula, Chiapas, a 20 de noviembre.')).toEqual({
      text: 'Tapachula, Chiapas, a 20 de noviembre.',
    });
  });

  it('keeps a word with a hyphen or a slash whole, with the spaces after it', () => {
    expect(wrappingText('a Wislande Pierre-Louis Joseph y/o su hijo')).toEqual({
      text: [
        'a Wislande ',
        { text: 'Pierre-Louis ', noWrap: true },
        'Joseph ',
        { text: 'y/o ', noWrap: true },
        'su hijo',
      ],
    });
  });

  it('never puts a line break inside an unbreakable piece', () => {
    expect(wrappingText('Pierre-Louis\nJoseph')).toEqual({
      text: [{ text: 'Pierre-Louis', noWrap: true }, '\nJoseph'],
    });
  });

  it('lets a very long token break anywhere', () => {
    const token = 'X'.repeat(40);
    expect(wrappingText(`ref ${token} fin`)).toEqual({
      text: ['ref ', { text: `${token} `, wordBreak: 'break-all' }, 'fin'],
    });
  });
});

describe('renderPdf', () => {
  it('prints text given in pieces, line breaks included', async () => {
    const pdf = await renderPdf({
      content: [wrappingText('Wislande Pierre-Louis Joseph\nsegunda línea')],
      defaultStyle: { font: 'Roboto' },
    });
    const lines = pdfText(pdf)
      .split('\n')
      .map((line) => line.trim());
    expect(lines).toContain('Wislande Pierre-Louis Joseph');
    expect(lines).toContain('segunda línea');
  });

  it('refuses to read a local file named in a document', async () => {
    await expect(
      renderPdf({ content: [{ image: '/etc/hostname' }], defaultStyle: { font: 'Roboto' } }),
    ).rejects.toThrow();
  });
});
