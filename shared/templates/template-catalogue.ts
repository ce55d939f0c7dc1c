import { t, type Bilingual } from './bilingual';

export const TEMPLATE_IDS = ['product-launch', 'marketing-event', 'customer-complaint', 'annual-budget', 'process-change'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  readonly id: TemplateId;
  readonly name: Bilingual;
  readonly description: Bilingual;
  /** The collaboration scenario of the source; becomes the category of the added process. */
  readonly category: Bilingual;
}

/** The starting points offered when adding a process, one per scenario named in the source. */
export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'product-launch',
    name: t('新产品/服务上线', 'New product or service launch'),
    description: t(
      '从需求提出、需求评审、研发立项、研发执行、测试验收到市场推广和项目复盘，市场、产品、研发、生产、销售五个部门协同推进。',
      'Marketing, Product, R&D, Production and Sales take a new product from the first requirement through review, development, testing, promotion and a final retrospective.',
    ),
    category: t('新产品/服务上线全流程协作', 'New product or service launch'),
  },
  {
    id: 'marketing-event',
    name: t('跨部门市场活动', 'Cross-department marketing event'),
    description: t(
      '展会、品牌推广或客户答谢会：市场部牵头策划，设计、公关、销售、技术支持部门分工筹备并共同执行。',
      'A trade show, brand campaign or customer appreciation event: Marketing plans it, and Design, Public Relations, Sales and Technical Support prepare and run it together.',
    ),
    category: t('跨部门市场活动策划与执行', 'Cross-department marketing events'),
  },
  {
    id: 'customer-complaint',
    name: t('重大客户投诉联合处理', 'Major customer complaint handling'),
    description: t(
      '客服部牵头，联合产品、技术、销售、法务部门调查原因、制定并落实处理方案，回访客户直至结案。',
      'Customer Service leads Product, Engineering, Sales and Legal to find the cause, agree and carry out a resolution, and follow up with the customer until the case is closed.',
    ),
    category: t('重大客户投诉联合处理', 'Major customer complaints'),
  },
  {
    id: 'annual-budget',
    name: t('年度预算编制', 'Annual budget preparation'),
    description: t(
      '财务部组织各部门依据公司战略目标编制部门预算，汇总平衡后报总经理审批并正式下达。',
      'Finance has every department draft its budget against the company targets, then consolidates and balances them for the General Manager to approve and releases the result.',
    ),
    category: t('年度预算编制与资源协同', 'Annual budgeting and resource coordination'),
  },
  {
    id: 'process-change',
    name: t('内部流程优化与变革', 'Internal process improvement and change'),
    description: t(
      '以数字化转型项目为例：调研诊断、立项审批、方案设计、系统配置与培训、试点评估，最后全面推广并发布制度。',
      'A digital transformation project: diagnose the current state, approve the project, design the new process, configure systems and train staff, pilot and evaluate, then roll out and publish the policy.',
    ),
    category: t('内部流程优化与变革', 'Internal process improvement and change'),
  },
];

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function templateInfo(id: TemplateId): TemplateInfo {
  const info = TEMPLATES.find((x) => x.id === id);
  if (!info) throw new Error(`Unknown template ${id}`);
  return info;
}
