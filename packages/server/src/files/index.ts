export { ALLOWED_EXTENSIONS, ALLOWED_TYPES, cleanFileName, typeOf } from './file-types';
export { attachmentDisposition, sendFile } from './download';
export {
  deleteFiles,
  fileAudit,
  fileMetaColumns,
  fileMetas,
  fileWithContent,
  insertFile,
  presentFile,
  type FileMeta,
  type PresentedFile,
} from './repository';
export { DEFAULT_FILE_MAX_MB, fileSettingsFromEnv, type FileSettings } from './settings';
export { readUpload, registerUploads, type Upload } from './upload';
