import { t, type Bilingual } from './bilingual';

export interface TemplateDepartment {
  readonly name: Bilingual;
  readonly color: string;
}

/**
 * Every department the templates use, defined once so that templates placed in one project
 * name a department identically and end up sharing it.
 */
export const DEPARTMENTS = {
  executive: { name: t('总经办', 'Executive Office'), color: '#6b5b95' },
  marketing: { name: t('市场部', 'Marketing'), color: '#4f7cac' },
  product: { name: t('产品部', 'Product'), color: '#5b8c5a' },
  rnd: { name: t('研发部', 'R&D'), color: '#c98b2b' },
  production: { name: t('生产部', 'Production'), color: '#8c6d52' },
  sales: { name: t('销售部', 'Sales'), color: '#c0504d' },
  design: { name: t('设计部', 'Design'), color: '#9b59b6' },
  publicRelations: { name: t('公关部', 'Public Relations'), color: '#d4738f' },
  techSupport: { name: t('技术支持部', 'Technical Support'), color: '#3f9a9a' },
  customerService: { name: t('客服部', 'Customer Service'), color: '#e08a3c' },
  engineering: { name: t('技术部', 'Engineering'), color: '#4a6fa5' },
  legal: { name: t('法务部', 'Legal'), color: '#7a7a7a' },
  finance: { name: t('财务部', 'Finance'), color: '#2e8b57' },
  humanResources: { name: t('人力资源部', 'Human Resources'), color: '#b5651d' },
  informationTechnology: { name: t('信息技术部', 'IT'), color: '#34699a' },
  operations: { name: t('运营部', 'Operations'), color: '#8a9a5b' },
} satisfies Record<string, TemplateDepartment>;

export type DepartmentKey = keyof typeof DEPARTMENTS;

export interface TemplatePosition {
  readonly department: DepartmentKey;
  readonly name: Bilingual;
}

/** Positions (岗位) named as the source names them: department followed by title. */
export const POSITIONS = {
  generalManager: { department: 'executive', name: t('总经理', 'General Manager') },
  marketingDirector: { department: 'marketing', name: t('市场部总监', 'Marketing Director') },
  marketingManager: { department: 'marketing', name: t('市场部经理', 'Marketing Manager') },
  marketingSpecialist: { department: 'marketing', name: t('市场部专员', 'Marketing Specialist') },
  productDirector: { department: 'product', name: t('产品部总监', 'Product Director') },
  productManager: { department: 'product', name: t('产品部经理', 'Product Manager') },
  rndDirector: { department: 'rnd', name: t('研发部总监', 'R&D Director') },
  rndProjectManager: { department: 'rnd', name: t('研发部项目经理', 'R&D Project Manager') },
  productionManager: { department: 'production', name: t('生产部经理', 'Production Manager') },
  salesManager: { department: 'sales', name: t('销售部经理', 'Sales Manager') },
  salesSupervisor: { department: 'sales', name: t('销售部主管', 'Sales Supervisor') },
  accountManager: { department: 'sales', name: t('销售部客户经理', 'Key Account Manager') },
  designSupervisor: { department: 'design', name: t('设计部主管', 'Design Supervisor') },
  prManager: { department: 'publicRelations', name: t('公关部经理', 'Public Relations Manager') },
  supportManager: { department: 'techSupport', name: t('技术支持部经理', 'Technical Support Manager') },
  supportEngineer: { department: 'techSupport', name: t('技术支持部工程师', 'Technical Support Engineer') },
  serviceDirector: { department: 'customerService', name: t('客服部总监', 'Customer Service Director') },
  serviceManager: { department: 'customerService', name: t('客服部经理', 'Customer Service Manager') },
  serviceSpecialist: { department: 'customerService', name: t('客服部专员', 'Customer Service Specialist') },
  engineeringManager: { department: 'engineering', name: t('技术部经理', 'Engineering Manager') },
  engineer: { department: 'engineering', name: t('技术部工程师', 'Engineer') },
  legalManager: { department: 'legal', name: t('法务部经理', 'Legal Manager') },
  legalSpecialist: { department: 'legal', name: t('法务部专员', 'Legal Specialist') },
  financeManager: { department: 'finance', name: t('财务部经理', 'Finance Manager') },
  budgetSpecialist: { department: 'finance', name: t('财务部预算专员', 'Budget Specialist') },
  hrManager: { department: 'humanResources', name: t('人力资源部经理', 'HR Manager') },
  itManager: { department: 'informationTechnology', name: t('信息技术部经理', 'IT Manager') },
  operationsManager: { department: 'operations', name: t('运营部经理', 'Operations Manager') },
  processSpecialist: { department: 'operations', name: t('运营部流程专员', 'Process Specialist') },
} satisfies Record<string, TemplatePosition>;

export type PositionKey = keyof typeof POSITIONS;
/** A RACI column of a template: a whole department or one position. */
export type PartyKey = DepartmentKey | PositionKey;

export function isPositionKey(key: PartyKey): key is PositionKey {
  return Object.hasOwn(POSITIONS, key);
}

/** The department a party belongs to (itself for a department). */
export function departmentOf(key: PartyKey): DepartmentKey {
  return isPositionKey(key) ? POSITIONS[key].department : key;
}
