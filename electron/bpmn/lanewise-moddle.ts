/**
 * The Lanewise extension of BPMN: what a step, lane and process carry that BPMN has no field for,
 * written in extensionElements so other tools keep it and ignore it. Declared to bpmn-moddle so it
 * reads back typed and without warnings.
 */
export const LANEWISE_NS = 'https://lanewise.app/schema/bpmn/1.0';
export const LANEWISE_PREFIX = 'lw';

export const lanewiseModdle = {
  name: 'Lanewise',
  uri: LANEWISE_NS,
  prefix: LANEWISE_PREFIX,
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'Step',
      superClass: ['Element'],
      properties: [
        { name: 'code', isAttr: true, type: 'String' },
        { name: 'kind', isAttr: true, type: 'String' },
        { name: 'phase', isAttr: true, type: 'String' },
        { name: 'durationValue', isAttr: true, type: 'Real' },
        { name: 'durationUnit', isAttr: true, type: 'String' },
        { name: 'owner', isAttr: true, type: 'String' },
        { name: 'input', type: 'String' },
        { name: 'output', type: 'String' },
        { name: 'notes', type: 'String' },
        { name: 'raci', type: 'Raci', isMany: true },
      ],
    },
    {
      name: 'Raci',
      superClass: ['Element'],
      properties: [
        { name: 'party', isAttr: true, type: 'String' },
        { name: 'letters', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'Process',
      superClass: ['Element'],
      properties: [{ name: 'category', isAttr: true, type: 'String' }],
    },
  ],
  enumerations: [],
};
