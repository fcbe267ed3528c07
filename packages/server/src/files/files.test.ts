// The pure parts of uploads: which files pass (extension and first bytes agree), the names kept, the
// download header and the size setting.
import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './download';
import { cleanFileName, typeOf } from './file-types';
import { DEFAULT_FILE_MAX_MB, fileSettingsFromEnv } from './settings';

const bytes = (...b: number[]) => Uint8Array.from(b);
const OLE2 = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0);
const PDF = new TextEncoder().encode('%PDF-1.7');

describe('typeOf', () => {
  it('accepts every allowed type when the content matches its extension', () => {
    expect(typeOf('a.pdf', PDF)?.mimeType).toBe('application/pdf');
    for (const ext of ['doc', 'xls', 'ppt']) expect(typeOf(`a.${ext}`, OLE2)?.extension).toBe(ext);
    for (const ext of ['docx', 'xlsx', 'pptx', 'zip']) expect(typeOf(`a.${ext}`, ZIP)?.extension).toBe(ext);
    expect(typeOf('a.zip', bytes(0x50, 0x4b, 0x05, 0x06))?.extension).toBe('zip');
    expect(typeOf('照片.JPG', bytes(0xff, 0xd8, 0xff, 0xe0))?.mimeType).toBe('image/jpeg');
    expect(typeOf('a.jpeg', bytes(0xff, 0xd8, 0xff, 0xe1))?.mimeType).toBe('image/jpeg');
    expect(typeOf('a.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.mimeType).toBe(
      'image/png',
    );
  });

  it('refuses other extensions, no extension and content of another type', () => {
    expect(typeOf('a.exe', bytes(0x4d, 0x5a))).toBeNull();
    expect(typeOf('a.html', new TextEncoder().encode('<html>'))).toBeNull();
    expect(typeOf('pdf', PDF)).toBeNull();
    expect(typeOf('a.pdf', ZIP)).toBeNull();
    expect(typeOf('a.docx', OLE2)).toBeNull();
    expect(typeOf('a.png', bytes(0x89, 0x50))).toBeNull();
  });
});

describe('cleanFileName', () => {
  it('keeps the name without folders, control or direction-override characters', () => {
    expect(cleanFileName('C:\\Users\\张老师\\教研纪要.docx')).toBe('教研纪要.docx');
    expect(cleanFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('a\u0000b\u202egpj.pdf')).toBe('abgpj.pdf');
    expect(cleanFileName('  .pdf ')).toBe('file.pdf');
    expect(cleanFileName('')).toBe('file');
  });

  it('shortens a long name and keeps its extension', () => {
    const name = cleanFileName(`${'长'.repeat(300)}.pptx`);
    expect([...name].length).toBe(120);
    expect(name.endsWith('.pptx')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('sends an ASCII stand-in and the UTF-8 name in filename*', () => {
    const d = attachmentDisposition('城乡共同体章程(2024).pdf');
    expect(d).toBe(
      `attachment; filename="_______(2024).pdf"; filename*=UTF-8''${encodeURIComponent('城乡共同体章程')}%282024%29.pdf`,
    );
    expect(attachmentDisposition('a "b"\\c%.pdf')).toBe(
      `attachment; filename="a _b__c_.pdf"; filename*=UTF-8''a%20%22b%22%5Cc%25.pdf`,
    );
  });
});

describe('fileSettingsFromEnv', () => {
  it('is 20 MB unless JUNHENG_FILE_MAX_MB says otherwise', () => {
    expect(fileSettingsFromEnv({}).maxBytes).toBe(DEFAULT_FILE_MAX_MB * 1024 * 1024);
    expect(fileSettingsFromEnv({ JUNHENG_FILE_MAX_MB: '5' }).maxBytes).toBe(5 * 1024 * 1024);
    expect(fileSettingsFromEnv({ JUNHENG_FILE_MAX_MB: '0.5' }).maxBytes).toBe(512 * 1024);
    expect(() => fileSettingsFromEnv({ JUNHENG_FILE_MAX_MB: 'lots' })).toThrow(/JUNHENG_FILE_MAX_MB/);
    expect(() => fileSettingsFromEnv({ JUNHENG_FILE_MAX_MB: '0' })).toThrow();
  });
});
