// Messages of the file controls (charter and activity uploads) and of a school's own evaluation part
// (spread into messages.ts).
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
  'file.ownPart': '本校在共同体考核中的得分',
  'file.contribution': '本校贡献分',
  'file.assessment': '计入本校年度考核',
  'file.researcherPatch': '教研员包片',
  'file.researcherPatchHint': '教研员只能登记本人包片学校的教研指导和听评课',
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
  'file.ownPart': "Our school's part of the community evaluation",
  'file.contribution': 'Our contribution',
  'file.assessment': 'Counts in our annual assessment',
  'file.researcherPatch': 'Researcher patch',
  'file.researcherPatchHint':
    "A researcher logs guidance visits and lesson observations at his own patch's schools",
};
