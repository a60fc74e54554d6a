/**
 * Sizes in the API's reasons (issue 17): a size param given in bytes (SIZE_PARAMS) is written the
 * way the reader's language writes megabytes; a report stored before sizes were numbers ("20 MB")
 * is shown as it was stored.
 */
import { beforeAll, describe, expect, it } from 'vitest';

// The language switch sets <html lang dir>; the unit run has no page, so a bare element stands in.
globalThis.document ??= { documentElement: {} } as Document;
const { useLanguage } = await import('../../../client/i18n/i18n.js');
const { formatSize, sayApiMessage } = await import('../../../client/i18n/api-messages.js');

const MB = 1024 * 1024;
/** Intl puts a (narrow) no-break space between number and unit. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('sizes in reasons', () => {
  beforeAll(async () => {
    await useLanguage('fr');
  });

  it('says a size in bytes in the page language’s megabytes, and a small one in kilobytes', () => {
    const said = sayApiMessage('the file has 31 MB; at most 20 MB are accepted', 'import.file_too_large', {
      size: 31 * MB,
      maximum: 20 * MB,
    });
    expect(spaced(said)).toBe('le fichier fait 31 Mo ; au plus 20 Mo sont acceptés');
    expect(spaced(formatSize(300 * 1024))).toBe('300 ko');
  });

  it('says the limit of a 413 in the page language’s units', () => {
    const said = sayApiMessage('Request body is larger than the limit of 1 MB', 'payload_too_large', { limit: MB });
    expect(spaced(said)).toBe('La demande dépasse la limite de 1 Mo.');
  });

  it('shows a size stored as English text as it is', () => {
    expect(
      sayApiMessage('the file has 31 MB; at most 20 MB are accepted', 'import.file_too_large', { size: '31 MB', maximum: '20 MB' }),
    ).toBe('le fichier fait 31 MB ; au plus 20 MB sont acceptés');
  });

  it('writes Arabic megabytes in Arabic', async () => {
    await useLanguage('ar');
    expect(spaced(formatSize(20 * MB))).toBe('20 ميغابايت');
  });
});
