import { ANNUAL_BUDGET } from './annual-budget';
import { CUSTOMER_COMPLAINT } from './customer-complaint';
import { MARKETING_EVENT } from './marketing-event';
import { PROCESS_CHANGE } from './process-change';
import { PRODUCT_LAUNCH } from './product-launch';
import type { TemplateId } from './template-catalogue';
import type { TemplateContent } from './template-types';

export const TEMPLATE_CONTENT: Readonly<Record<TemplateId, TemplateContent>> = {
  'product-launch': PRODUCT_LAUNCH,
  'marketing-event': MARKETING_EVENT,
  'customer-complaint': CUSTOMER_COMPLAINT,
  'annual-budget': ANNUAL_BUDGET,
  'process-change': PROCESS_CHANGE,
};
