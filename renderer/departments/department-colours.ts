export { DEPARTMENT_COLOURS, suggestedColour } from '../../shared/model/department-colours';
