// Check an .xlsx's zip directory before unpacking anything: a file that is not a zip, a zip that is not a
// workbook, or entries that declare more unpacked data than we allow (a zip bomb) get a clear error instead of
// a crash or an exhausted machine.
import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib';
import { mb, WorkbookReadError } from './limits';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  crc: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Zip64 marks sizes it moved elsewhere with all ones; an .xlsx within our limits never needs that. */
const ZIP64_MARK = 0xffffffff;

const notWorkbook = (zh: string, en: string) =>
  new WorkbookReadError(
    'not_a_workbook',
    `不是有效的 Excel 工作簿（.xlsx）：${zh}`,
    `not a valid Excel workbook (.xlsx): ${en}`,
  );

export function zipEntries(buf: Buffer): ZipEntryInfo[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) {
    throw notWorkbook(
      '文件不是 zip 格式（可能是改了扩展名的其他文件，或旧版 .xls）',
      'the file is not a zip (perhaps another file renamed, or an old .xls)',
    );
  }
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notWorkbook('zip 文件不完整', 'the zip file is incomplete');
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntryInfo[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL) {
      throw notWorkbook('zip 目录损坏', 'the zip directory is damaged');
    }
    const compressedSize = buf.readUInt32LE(offset + 20);
    const size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    const method = buf.readUInt16LE(offset + 10);
    const crc = buf.readUInt32LE(offset + 16);
    entries.push({ name, compressedSize, size, method, crc, offset: buf.readUInt32LE(offset + 42) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws a WorkbookReadError unless the buffer looks like an .xlsx within the unpacked-size limit. */
export function guardZip(buf: Buffer, maxUnpackedBytes: number): ZipEntryInfo[] {
  const entries = zipEntries(buf);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) {
    throw notWorkbook(
      'zip 中没有工作簿内容（xl/workbook.xml）',
      'the zip holds no workbook (xl/workbook.xml)',
    );
  }
  let total = 0;
  for (const entry of entries) {
    const claimed = entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK ? Infinity : entry.size;
    total += claimed;
    if (claimed > maxUnpackedBytes || total > maxUnpackedBytes) {
      const shown = Number.isFinite(claimed) ? mb(claimed) : '> 4 GB';
      throw new WorkbookReadError(
        'zip_entry_too_large',
        `工作簿内部文件「${entry.name}」解压后为 ${shown}，超过上限 ${mb(maxUnpackedBytes)}，已拒绝（疑似压缩炸弹）`,
        `the workbook part "${entry.name}" unpacks to ${shown}, over the ${mb(maxUnpackedBytes)} limit; refused (a likely zip bomb)`,
      );
    }
  }
  return entries;
}

function entryData(buf: Buffer, entry: ZipEntryInfo): Buffer {
  if (entry.offset + 30 > buf.length || buf.readUInt32LE(entry.offset) !== LOCAL) {
    throw notWorkbook('zip 目录损坏', 'the zip directory is damaged');
  }
  const start = entry.offset + 30 + buf.readUInt16LE(entry.offset + 26) + buf.readUInt16LE(entry.offset + 28);
  if (start + entry.compressedSize > buf.length)
    throw notWorkbook('zip 文件不完整', 'the zip file is incomplete');
  return buf.subarray(start, start + entry.compressedSize);
}

/**
 * Unpack every entry once, discarding the output, to check its CRC and its true size. exceljs's streaming
 * unzip hangs for ever on damaged deflate data, and a zip can lie about sizes; this pass catches both, in
 * bounded memory, before exceljs sees the file. `onData` sees each entry's unpacked bytes on the way.
 */
export async function verifyZip(
  buf: Buffer,
  entries: readonly ZipEntryInfo[],
  maxUnpackedBytes: number,
  onData?: (entry: ZipEntryInfo, chunk: Buffer) => void,
): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = entryData(buf, entry);
    let crc = 0;
    const count = (chunk: Buffer) => {
      total += chunk.length;
      crc = crc32(chunk, crc);
      if (total > maxUnpackedBytes) {
        throw new WorkbookReadError(
          'zip_entry_too_large',
          `工作簿解压后超过上限 ${mb(maxUnpackedBytes)}（在「${entry.name}」处），已拒绝（疑似压缩炸弹）`,
          `the workbook unpacks to more than ${mb(maxUnpackedBytes)} (at "${entry.name}"); refused (a likely zip bomb)`,
        );
      }
      onData?.(entry, chunk);
    };
    if (entry.method === 0) count(data);
    else if (entry.method === 8) {
      const inflate = createInflateRaw();
      const done = (async () => {
        for await (const chunk of inflate) count(chunk as Buffer);
      })();
      inflate.end(data);
      try {
        await done;
      } catch (error) {
        inflate.destroy();
        if (error instanceof WorkbookReadError) throw error;
        throw notWorkbook(
          `「${entry.name}」已损坏，无法解压`,
          `"${entry.name}" is damaged and cannot be unpacked`,
        );
      }
    } else {
      throw notWorkbook(
        `「${entry.name}」使用了不支持的压缩方式`,
        `"${entry.name}" uses an unsupported compression method`,
      );
    }
    if (crc >>> 0 !== entry.crc >>> 0) {
      throw notWorkbook(
        `「${entry.name}」校验失败，文件已损坏`,
        `"${entry.name}" fails its checksum; the file is damaged`,
      );
    }
  }
}

/** One entry's unpacked bytes, chunk by chunk (a part too big to hold as one string: sharedStrings.xml). */
export async function* entryChunks(
  buf: Buffer,
  entry: ZipEntryInfo,
  chunkSize = 64 * 1024,
): AsyncGenerator<Buffer> {
  const data = entryData(buf, entry);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += chunkSize) yield data.subarray(at, at + chunkSize);
    return;
  }
  const inflate = createInflateRaw({ chunkSize });
  inflate.end(data);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch {
    throw notWorkbook(`无法解压「${entry.name}」`, `"${entry.name}" cannot be unpacked`);
  } finally {
    inflate.destroy();
  }
}

/** One small entry's text (workbook.xml, its rels), unpacked with a hard output bound. */
export function entryText(buf: Buffer, entry: ZipEntryInfo, maxBytes: number): string {
  const data = entryData(buf, entry);
  try {
    if (entry.method === 0) return data.toString('utf8');
    return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
  } catch {
    throw notWorkbook(`无法解压「${entry.name}」`, `"${entry.name}" cannot be unpacked`);
  }
}
