import type { Language } from '../../shared/model/entities';

/** The desktop menu and dialogs in both interface languages (main has no i18next; the renderer tells it the language). */
export interface MenuLabels {
  file: string;
  new: string;
  open: string;
  openRecent: string;
  noRecent: string;
  saveAs: string;
  export: string;
  exportExcel: string;
  exportWord: string;
  exportPng: string;
  close: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  language: string;
  help: string;
  about: string;
  projectFiles: string;
  openTitle: string;
  saveAsTitle: string;
  openFailed: string;
  servicesFailed: string;
  sqliteMissing: string;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  en: {
    file: '&File',
    new: 'New Project',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No recent projects',
    saveAs: 'Save As…',
    export: 'Export',
    exportExcel: 'RACI Matrix (Excel)…',
    exportWord: 'Policy Draft (Word)…',
    exportPng: 'Diagram (PNG)…',
    close: 'Close Project',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: '&View',
    language: 'Language',
    help: '&Help',
    about: 'About Lanewise',
    projectFiles: 'Lanewise projects',
    openTitle: 'Open a project',
    saveAsTitle: 'Save the project as',
    openFailed: 'The project could not be opened',
    servicesFailed: 'Lanewise cannot open projects',
    sqliteMissing: 'The SQLite module built for this version of Electron is missing. Run npm start again (it builds it), or reinstall Lanewise.',
  },
  'zh-CN': {
    file: '文件(&F)',
    new: '新建项目',
    open: '打开…',
    openRecent: '最近打开',
    noRecent: '没有最近的项目',
    saveAs: '另存为…',
    export: '导出',
    exportExcel: 'RACI 矩阵（Excel）…',
    exportWord: '管理办法草案（Word）…',
    exportPng: '泳道图（PNG）…',
    close: '关闭项目',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    view: '视图(&V)',
    language: '语言',
    help: '帮助(&H)',
    about: '关于 Lanewise',
    projectFiles: 'Lanewise 项目',
    openTitle: '打开项目',
    saveAsTitle: '项目另存为',
    openFailed: '无法打开项目',
    servicesFailed: 'Lanewise 无法打开项目',
    sqliteMissing: '缺少为当前 Electron 版本编译的 SQLite 模块。请重新运行 npm start（会自动编译），或重新安装 Lanewise。',
  },
};
