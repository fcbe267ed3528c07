// What may be uploaded: documents, sheets, slides, photos and zip archives (the minutes, slides and photos of
// joint work, a community's charter). A file is judged by its name's extension and by its first bytes, never by
// the type the browser claims, so a renamed executable or script is refused; the type stored is the one that
// belongs to the extension.

export interface AllowedType {
  extension: string;
  mimeType: string;
  /** The signatures the content may start with. */
  magic: readonly (readonly number[])[];
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc .xls .ppt (Compound File)
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: .zip and the Office Open XML formats
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { extension: 'pdf', mimeType: 'application/pdf', magic: [PDF] },
  { extension: 'doc', mimeType: 'application/msword', magic: [OLE2] },
  {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [ZIP],
  },
  { extension: 'xls', mimeType: 'application/vnd.ms-excel', magic: [OLE2] },
  {
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [ZIP],
  },
  { extension: 'ppt', mimeType: 'application/vnd.ms-powerpoint', magic: [OLE2] },
  {
    extension: 'pptx',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: [ZIP],
  },
  { extension: 'jpg', mimeType: 'image/jpeg', magic: [JPEG] },
  { extension: 'jpeg', mimeType: 'image/jpeg', magic: [JPEG] },
  { extension: 'png', mimeType: 'image/png', magic: [PNG] },
  { extension: 'zip', mimeType: 'application/zip', magic: [ZIP, ZIP_EMPTY] },
];

export const ALLOWED_EXTENSIONS = ALLOWED_TYPES.map((t) => t.extension);

const byExtension = new Map(ALLOWED_TYPES.map((t) => [t.extension, t]));

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const startsWith = (content: Uint8Array, magic: readonly number[]) =>
  content.length >= magic.length && magic.every((b, i) => content[i] === b);

/** The allowed type of a file, or null when its extension is not allowed or its content is not of that type. */
export function typeOf(name: string, content: Uint8Array): AllowedType | null {
  const type = byExtension.get(extensionOf(name));
  if (!type) return null;
  return type.magic.some((m) => startsWith(content, m)) ? type : null;
}

/**
 * The name kept and offered on download: no folders, no control or bidi-override characters, at most 120
 * characters (the extension kept), never empty.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const stripped = base.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  // A bare ".pdf" is a PDF without a stem.
  const name = /^\.[^.]+$/.test(stripped) ? `file${stripped}` : stripped;
  const ext = extensionOf(name);
  const stem = ext === '' ? name : name.slice(0, -(ext.length + 1));
  const cut = [...stem].slice(0, 120 - ext.length - 1).join('');
  return ext === '' ? cut || 'file' : `${cut || 'file'}.${ext}`;
}
