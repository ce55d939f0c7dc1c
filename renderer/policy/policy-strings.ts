import { featureStrings } from '../i18n/strings';

export const policyStrings = featureStrings(
  {
    title: 'Policy draft',
    intro: 'The 《跨部门协作管理办法》 drafted from your model. Edit the prose; processes, diagrams, key-node and RACI tables and the resolution log are filled in from the model at every Word export.',
    defaults: 'This is the default text. Your first edit saves your own copy in the project.',
    chapterTitle: 'Title of {{chapter}}',
    chapterBody: 'Text of {{chapter}}',
    bodyHint: 'One line is one article; lines starting with "- " are items of the article above.',
    exportWord: 'Export to Word…',
  } as const,
  {
    title: '管理办法',
    intro: '根据模型起草的《跨部门协作管理办法》。在此编辑正文；流程清单、泳道图、关键节点表、RACI 表和权责裁定记录在每次导出 Word 时从模型自动生成。',
    defaults: '当前为默认文本。首次编辑后将在项目中保存您的版本。',
    chapterTitle: '{{chapter}}标题',
    chapterBody: '{{chapter}}正文',
    bodyHint: '每行为一条；以“- ”开头的行为上一条的分项。',
    exportWord: '导出 Word…',
  },
);
