import { featureStrings } from '../i18n/strings';

export const fileStateStrings = featureStrings(
  {
    readOnly: {
      requested: 'Opened read-only: you can look and export; changes are not saved.',
      'file-read-only': 'This file cannot be written (read-only file or folder): you can look and export; changes are not saved.',
      moved: 'The project file was moved, renamed or deleted while open. Nothing is lost: use Save As to keep your work.',
    },
    saveCopy: 'Save as…',
    reloaded: 'Another program changed this project’s file; Lanewise reloaded it.',
    dismiss: 'Dismiss',
    openReadOnly: 'Open read-only',
  } as const,
  {
    readOnly: {
      requested: '以只读方式打开：可以查看和导出，修改不会保存。',
      'file-read-only': '此文件无法写入（只读文件或文件夹）：可以查看和导出，修改不会保存。',
      moved: '项目文件在打开期间被移动、重命名或删除。内容没有丢失：请用“另存为”保存。',
    },
    saveCopy: '另存为…',
    reloaded: '另一个程序修改了此项目文件，Lanewise 已重新载入。',
    dismiss: '关闭提示',
    openReadOnly: '以只读方式打开',
  },
);
