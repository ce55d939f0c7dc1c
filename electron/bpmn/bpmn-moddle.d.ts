// bpmn-moddle ships types for the BPMN elements but none for the class itself.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    readonly $type: string;
    $parent?: ModdleElement;
    $attrs?: Record<string, string>;
    $instanceOf?(type: string): boolean;
    [property: string]: unknown;
  }
  export interface ParseWarning {
    message: string;
    error?: Error;
  }
  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: ParseWarning[];
    elementsById: Record<string, ModdleElement>;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    fromXML(xml: string, options?: Record<string, unknown>): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
