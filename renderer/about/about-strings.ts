import { featureStrings } from '../i18n/strings';

export const aboutStrings = featureStrings(
  {
    title: 'About Lanewise',
    versionLabel: 'Version',
    desktop: 'Desktop app',
    web: 'Browser version',
    projectsFolder: 'Projects folder',
    offline: 'Works offline. Your projects stay on this computer, each in one .lanewise file that is saved with every change.',
    close: 'Close',
  } as const,
  {
    title: '关于 Lanewise',
    versionLabel: '版本',
    desktop: '桌面版',
    web: '浏览器版',
    projectsFolder: '项目文件夹',
    offline: '离线可用。项目保存在本机，每个项目是一个 .lanewise 文件，每次修改都会自动保存。',
    close: '关闭',
  },
);
