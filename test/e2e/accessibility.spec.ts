import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AxeAudit } from './axe-audit';
import { callMain, pageProject } from './main-api';

/** What a user reads on screen, in each interface language. */
const UI = {
  en: {
    language: 'English',
    newProject: 'New project',
    projectName: 'Project name',
    projectLanguage: 'Language',
    template: 'New product or service launch',
    create: 'Create project',
    about: 'About',
    aboutTitle: 'About Lanewise',
    close: 'Close',
    cancel: 'Cancel',
    process: 'New product development',
    views: ['Diagram', 'Key nodes', 'RACI matrix', 'Findings', 'Policy draft', 'Organisation'],
    fit: 'Fit to window',
    step: 'Raise requirement',
    findingsPanel: 'Findings',
    departments: 'Departments',
    addFromTemplate: 'Add from template',
    templateDialog: 'Add a process from a template',
    moreActions: 'More actions for New product development',
    saveAsTemplate: 'Save as template…',
    saveTemplateDialog: 'Save as template',
    deleteLane: 'Delete lane Sales',
    deleteLaneDialog: 'Delete lane?',
    exportMenu: /^Export and import/,
    exportXlsx: 'RACI workbook (Excel)…',
    importXlsx: 'Import RACI edits from Excel…',
    importDialog: 'Import from client.xlsx',
    resolve: 'Resolve…',
    resolveDialog: 'Name the one A (Accountable)',
    accept: 'Accept as exception…',
    acceptDialog: 'Accept as an exception',
    deleteDepartment: 'Delete Sales',
    deleteDepartmentDialog: 'Delete department?',
    merge: 'Merge Production into another department',
    mergeDialog: 'Merge departments',
  },
  'zh-CN': {
    language: '简体中文',
    newProject: '新建项目',
    projectName: '项目名称',
    projectLanguage: '语言',
    template: '新产品/服务上线',
    create: '创建项目',
    about: '关于',
    aboutTitle: '关于 Lanewise',
    close: '关闭',
    cancel: '取消',
    process: '新产品开发协作流程',
    views: ['泳道图', '关键节点', 'RACI 矩阵', '检查结果', '管理办法', '组织架构'],
    fit: '适应窗口',
    step: '需求提出',
    findingsPanel: '检查结果',
    departments: '按部门',
    addFromTemplate: '从模板添加',
    templateDialog: '从模板添加流程',
    moreActions: '新产品开发协作流程 的更多操作',
    saveAsTemplate: '保存为模板…',
    saveTemplateDialog: '保存为模板',
    deleteLane: '删除泳道销售部',
    deleteLaneDialog: '删除泳道？',
    exportMenu: /^导出与导入/,
    exportXlsx: 'RACI 责任矩阵(Excel)…',
    importXlsx: '从 Excel 导入 RACI 修改…',
    importDialog: '从 client.xlsx 导入',
    resolve: '裁定…',
    resolveDialog: '指定唯一的 A（负责人）',
    accept: '作为例外接受…',
    acceptDialog: '作为例外接受',
    deleteDepartment: '删除 销售部',
    deleteDepartmentDialog: '删除部门？',
    merge: '将 生产部 合并到其他部门',
    mergeDialog: '合并部门',
  },
} as const;

type Language = keyof typeof UI;

/** Gives a second Accountable to the first step that has one, so the findings view has a conflict to resolve. */
async function addConflict(page: Page): Promise<void> {
  const { session, state } = await pageProject(page);
  // A task: start and end events need no RACI, so two A there are no finding.
  const isTask = (id: string) => !['start', 'end'].includes(state.tables.steps[id]?.kind ?? 'start');
  const [stepId, cells] = Object.entries(state.raci).find(([id, row]) => isTask(id) && Object.values(row).some((letters) => letters.includes('A')))!;
  const other = Object.values(state.tables.departments).find((d) => !(d.id in cells))!;
  await callMain(page.request, 'project.execute', { session, command: { type: 'setRaci', stepId, partyId: other.id, letters: 'A' } });
}

/** Saves the RACI workbook and changes one letter in it, as a client would. */
async function editedWorkbook(page: Page, exportLabel: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: exportLabel }).click();
  const path = join(mkdtempSync(join(tmpdir(), 'lanewise-a11y-')), 'client.xlsx');
  await (await downloading).saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  let changed = false;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!changed && r > 5 && c > 3 && cell.value === 'I') {
        cell.value = 'C';
        changed = true;
      }
    }),
  );
  await book.xlsx.writeFile(path);
  return path;
}

for (const language of Object.keys(UI) as Language[]) {
  test(`every view and dialog of a template project meets WCAG 2.2 AA (${language})`, async ({ page }) => {
    // About 25 screens, each a full axe run: minutes on a busy machine.
    test.setTimeout(300_000);
    const ui = UI[language];
    const audit = new AxeAudit(page);
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto('/');
    await page.getByLabel('Language / 语言').selectOption(language);
    await expect(page.getByRole('form', { name: ui.newProject })).toBeVisible();
    await audit.check(`${language} · start screen`);

    await page.getByRole('button', { name: ui.about, exact: true }).click();
    await expect(page.getByRole('dialog', { name: ui.aboutTitle })).toBeVisible();
    await audit.check(`${language} · about (start screen)`);
    await page.getByRole('dialog', { name: ui.aboutTitle }).getByRole('button', { name: ui.close }).click();

    const form = page.getByRole('form', { name: ui.newProject });
    await form.getByLabel(ui.projectName).fill(`A11y ${language}`);
    await form.getByLabel(ui.projectLanguage, { exact: true }).selectOption(language);
    await form.getByRole('radio', { name: ui.template }).check();
    await form.getByRole('button', { name: ui.create }).click();
    await expect(page.getByRole('heading', { level: 1, name: `A11y ${language}` })).toBeVisible();
    await addConflict(page);
    await page.reload();
    await page.getByRole('button', { name: ui.process, exact: true }).click();

    const [diagramTab, keyNodesTab, raciTab, findingsTab, policyTab, organisationTab] = ui.views;
    await expect(page.getByRole('tab', { name: diagramTab })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: new RegExp(ui.process) })).toBeVisible();
    await audit.check(`${language} · diagram`);
    await page.getByRole('button', { name: new RegExp(`^${ui.fit}`) }).click();
    await audit.check(`${language} · diagram, fitted`);
    const stage = page.getByRole('region', { name: new RegExp(ui.process) });
    await stage.getByRole('group', { name: new RegExp(`^N\\d+ ${ui.step}$`) }).click();
    await audit.check(`${language} · diagram, a step selected`);
    await stage.locator('[aria-roledescription="edge"]').first().focus();
    await page.keyboard.press('Enter');
    await audit.check(`${language} · diagram, a flow selected`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: ui.deleteLane }).click();
    await expect(page.getByRole('dialog', { name: ui.deleteLaneDialog })).toBeVisible();
    await audit.check(`${language} · delete lane dialog`);
    await page.getByRole('dialog', { name: ui.deleteLaneDialog }).getByRole('button', { name: ui.cancel }).click();

    await page.getByRole('button', { name: ui.addFromTemplate }).click();
    await expect(page.getByRole('dialog', { name: ui.templateDialog })).toBeVisible();
    await audit.check(`${language} · add from template dialog`);
    await page.getByRole('dialog', { name: ui.templateDialog }).getByRole('button', { name: ui.cancel }).click();

    await page.getByRole('button', { name: ui.moreActions }).click();
    await expect(page.getByRole('menu', { name: ui.moreActions })).toBeVisible();
    await audit.check(`${language} · more actions menu`);
    await page.getByRole('menuitem', { name: ui.saveAsTemplate }).click();
    await expect(page.getByRole('dialog', { name: ui.saveTemplateDialog })).toBeVisible();
    await audit.check(`${language} · save as template dialog`);
    await page.getByRole('dialog', { name: ui.saveTemplateDialog }).getByRole('button', { name: ui.cancel }).click();

    const menu = page.getByRole('button', { name: ui.exportMenu });
    await menu.click();
    await expect(page.getByRole('menu')).toBeVisible();
    await audit.check(`${language} · export menu open`);
    const workbook = await editedWorkbook(page, ui.exportXlsx);
    await menu.click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: ui.importXlsx }).click();
    await (await choosing).setFiles(workbook);
    await expect(page.getByRole('dialog', { name: ui.importDialog })).toBeVisible();
    await audit.check(`${language} · import preview dialog`);
    await page.getByRole('dialog', { name: ui.importDialog }).getByRole('button', { name: ui.cancel }).click();

    await page.getByRole('button', { name: ui.about, exact: true }).click();
    await expect(page.getByRole('dialog', { name: ui.aboutTitle })).toBeVisible();
    await audit.check(`${language} · about (project)`);
    await page.getByRole('dialog', { name: ui.aboutTitle }).getByRole('button', { name: ui.close }).click();

    await page.getByRole('tab', { name: keyNodesTab }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await audit.check(`${language} · key-node table`);

    await page.getByRole('tab', { name: raciTab }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await audit.check(`${language} · RACI grid`);
    await page.getByRole('button', { name: ui.findingsPanel, exact: true }).click();
    await page.getByRole('radio', { name: ui.departments }).check();
    await audit.check(`${language} · RACI grid by department, with its findings`);

    await page.getByRole('tab', { name: findingsTab }).click();
    await page.getByRole('button', { name: ui.resolve }).first().click();
    await expect(page.getByRole('dialog', { name: ui.resolveDialog })).toBeVisible();
    await audit.check(`${language} · resolve finding dialog`);
    await page.getByRole('dialog', { name: ui.resolveDialog }).getByRole('button', { name: ui.cancel }).click();
    await page.getByRole('button', { name: ui.accept }).first().click();
    await expect(page.getByRole('dialog', { name: ui.acceptDialog })).toBeVisible();
    await audit.check(`${language} · accept finding dialog`);
    await page.getByRole('dialog', { name: ui.acceptDialog }).getByRole('button', { name: ui.cancel }).click();
    await audit.check(`${language} · findings`);

    await page.getByRole('tab', { name: policyTab }).click();
    await audit.check(`${language} · policy`);

    await page.getByRole('tab', { name: organisationTab }).click();
    await page.getByRole('button', { name: ui.deleteDepartment, exact: true }).click();
    await expect(page.getByRole('dialog', { name: ui.deleteDepartmentDialog })).toBeVisible();
    await audit.check(`${language} · delete department dialog`);
    await page.getByRole('dialog', { name: ui.deleteDepartmentDialog }).getByRole('button', { name: ui.cancel }).click();
    await page.getByRole('button', { name: ui.merge }).click();
    await expect(page.getByRole('dialog', { name: ui.mergeDialog })).toBeVisible();
    await audit.check(`${language} · merge departments dialog`);
    await page.getByRole('dialog', { name: ui.mergeDialog }).getByRole('button', { name: ui.cancel }).click();
    await audit.check(`${language} · organisation`);

    test.info().annotations.push({ type: 'axe', description: JSON.stringify(audit.nodesByRule()) });
    console.log(`[axe ${language}] checked ${audit.checked.length} screens; failing nodes by rule: ${JSON.stringify(audit.nodesByRule())}`);
    expect(audit.violations, audit.report()).toEqual([]);
  });
}
