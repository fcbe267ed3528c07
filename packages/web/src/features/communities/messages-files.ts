// Messages of the file controls (charter and activity uploads), spread into messages.ts.
export const filesZh = {
  'file.attachments': '附件',
  'file.charterUpload': '章程文件',
  'file.choose': '选择文件',
  'file.pending': '保存后上传',
  'file.remove': '删除',
  'file.confirmRemove': '删除该文件？',
  'file.download': '下载',
  'file.tooLarge': '文件超过 {mb} MB 上限：{name}',
  'file.wrongType': '不支持的文件类型：{name}（仅支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP）',
  'file.tooLargeAny': '文件超过 {mb} MB 上限',
  'file.wrongTypeAny': '不支持的文件类型（仅支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP）',
  'file.hint': '支持 PDF、Word、Excel、PowerPoint、JPG、PNG、ZIP，单个文件不超过 {mb} MB',
  'file.uploadFailed': '活动已保存，但文件上传失败：{message}',
  'file.charterFailed': '共同体已保存，但章程文件上传失败：{message}',
};

export type FilesMessageId = keyof typeof filesZh;

export const filesEn: Record<FilesMessageId, string> = {
  'file.attachments': 'Attachments',
  'file.charterUpload': 'Charter file',
  'file.choose': 'Choose files',
  'file.pending': 'uploaded on save',
  'file.remove': 'Delete',
  'file.confirmRemove': 'Delete this file?',
  'file.download': 'Download',
  'file.tooLarge': 'Larger than {mb} MB: {name}',
  'file.wrongType': 'Type not accepted: {name} (PDF, Word, Excel, PowerPoint, JPG, PNG, ZIP only)',
  'file.tooLargeAny': 'The file is larger than {mb} MB',
  'file.wrongTypeAny': 'Type not accepted (PDF, Word, Excel, PowerPoint, JPG, PNG, ZIP only)',
  'file.hint': 'PDF, Word, Excel, PowerPoint, JPG, PNG or ZIP, up to {mb} MB each',
  'file.uploadFailed': 'The activity was saved, but a file failed to upload: {message}',
  'file.charterFailed': 'The community was saved, but the charter file failed to upload: {message}',
};
