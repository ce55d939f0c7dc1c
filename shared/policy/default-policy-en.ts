import type { DefaultChapter } from './default-chapter';

/**
 * Default articles, after the source's collaboration standard, in the order of a company policy:
 * general provisions, duties, procedure, disputes, meetings, confidentiality, supervision,
 * training, evaluation, supplementary provisions, annexes. Words in braces are parameters, filled
 * in from the project's policy settings at export.
 */
export const DEFAULT_POLICY_EN: readonly DefaultChapter[] = [
  {
    chapter: 'general',
    title: 'General Provisions',
    body: `This policy is made under the Company Law and the Labour Contract Law of the People's Republic of China and the articles of association of {company}, to set out how departments work together, define each department's duties in that work, cut repeated communication and idle waiting, and safeguard the quality of the work.
This policy applies to all work {company} carries out jointly by two or more departments. The collaboration processes already defined, with their lead departments, are listed in {annex:List of collaboration processes} and followed as listed; other joint work follows the work request procedure of this policy.
In this policy:
- a working day is a working day as set by the state, not a rest day or public holiday;
- working hours are {workingHours} on a working day, counted as {hoursPerDay} hours; an hour in this policy is an hour within working hours unless stated otherwise;
- to respond is to confirm receipt of a request, name the person handling it and tell the requesting department how it will be handled;
- an urgent matter is one that, unless handled at once, causes loss to a customer, a safety incident, serious business loss or serious harm to reputation;
- lead, support, countersign and notify are the roles Accountable (A), Responsible (R), Consulted (C) and Informed (I) of the RACI matrix: the lead department owns the result of a step and every step has exactly one; a support department does the work of the step; a countersigning department gives expert input and signs it; a notified department is kept up to date;
- the process owner is the department responsible for running a collaboration process as a whole;
- the responsible Vice President is the Vice President in charge of the business concerned;
- a ruling record is the written record of the decisions of a coordination meeting, a ruling of a responsible Vice President or a decision of the general manager's meeting, in the form of {annex:Ruling record}.
{processOffice} administers this policy (the process office).
Collaboration follows these principles:
- shared goals: departments work towards the goals of the company as a whole and do not refuse or delay joint work on the grounds of their own business;
- clear responsibility: every step has exactly one lead department, and support, countersigning and notified departments act as the responsibility tables state;
- open communication: information is passed on through the agreed channels promptly, accurately and completely, and key information is recorded in writing;
- efficient execution: departments deliver the inputs, outputs and lead times the processes set;
- continuous improvement: collaboration is reviewed regularly and proven practice becomes standard process.`,
  },
  {
    chapter: 'responsibilities',
    title: 'Organisation and Duties',
    body: `The process office:
- defines, publishes and maintains the list of collaboration processes, their swimlane diagrams, key-node tables and responsibility tables;
- receives requests to change responsibilities, has them reviewed and submits them for approval;
- runs the coordination meetings and follows up agreed actions;
- supervises how this policy is applied and compiles the evaluation measures;
- organises briefings and training on this policy.
The process owner of each process runs it, tracks the progress of its steps, collects collaboration issues and reports on the process to the process office every month.
The lead department of a step owns its result, approves its output and arranges the resources it needs; support departments do the work of the step, deliver its output on time and report progress to the lead department.
Countersigning departments give clear, workable expert input within the time set; notified departments follow the progress and results of a step and plan their own work accordingly.
The responsible Vice President settles disputes between departments in their area and names the one lead department where responsibility is unclear.
When the duties of a department or position change and responsibilities must change with them, the departments concerned file a RACI change request ({annex:RACI change request}); once the process office has reviewed it and the responsible Vice President has approved it, the process office updates the annexes concerned and informs the departments.`,
  },
  {
    chapter: 'framework',
    title: 'Process Management',
    body: `Collaboration processes are classified and named by scenario; names are short and state the core scenario. A process owner proposes new, changed or withdrawn processes; the process office has them reviewed and the responsible Vice President approves them.
Each process is described by a swimlane diagram: one lane per department, with its decision, approval and delivery points marked; every step states its input, output, owner and expected duration.
Key nodes carry approval and acceptance requirements. The lead department of a step may return an output of the previous step that does not meet them, stating the reason.
Durations are given in working days or hours. A step whose duration is not yet set shows a dash in the key-node table, and its process owner sets it during the trial run of the process.`,
  },
  {
    chapter: 'procedure',
    title: 'Work Request Procedure',
    body: `Joint work outside the listed processes is handled with a work request form ({annex:Work request form}) in five stages: request, acceptance, execution, sign-off and filing.
Request. The requesting department fills in the form with the work, its requirements, the date wanted and its urgency, has it signed by its head and sends it to the receiving department. Forms are numbered as the process office sets.
Acceptance. The receiving department accepts the request within the response time, naming the person handling it and the completion date; a request it cannot accept is returned within the same time with the reason in writing. A request not answered in time counts as accepted.
Execution. The receiving department does the work as agreed; when it cannot finish on time it tells the requesting department at least 1 working day before the due date and agrees a new date.
Sign-off. When the work is done the receiving department enters the result on the form and the requesting department signs it off within 2 working days, or returns it to be done again. Work not signed off in time counts as signed off.
Filing. Once signed off, the requesting department hands the form and its papers to the process office within 2 working days, to be kept for at least three years.
Requests have one of three levels of urgency, with these response times:
- normal: {normalResponse};
- urgent: {urgentResponse};
- critical: {criticalResponse}, and the requesting department also telephones the head of the receiving department.
The head of the requesting department sets the urgency. A receiving department that disagrees handles the request first and then asks the process office to review the level.
Working hours are {workingHours} on working days. {offHoursRule}
Countersigning departments give their written input within 2 working days; approval steps are completed within 2 working days.`,
  },
  {
    chapter: 'escalation',
    title: 'Settling Disputes',
    body: `Disagreements are first settled directly between the heads of the departments concerned, as a rule within 2 working days.
When they cannot agree, or when a step has more than one lead department, overlapping duties or no owner, the process owner files an escalation request ({annex:Escalation request}) with the responsible Vice President, who names the one lead department.
The responsible Vice President rules, as a rule, within 3 working days of the request; matters spanning several executives' areas go to the general manager's meeting.
Rulings and decisions are entered in a ruling record and the process office revises the responsibility tables to match. Departments carry them out without passing responsibility on.
Critical matters may be reported to the responsible Vice President at once, with the written request filed within 1 working day after they are handled.`,
  },
  {
    chapter: 'communication',
    title: 'Meetings and Information',
    body: `A weekly coordination meeting is held. The process office calls it, reports the progress of steps, settles open issues and sends the minutes ({annex:Coordination meeting minutes}) to all participating departments within 1 working day.
The process owner calls dedicated meetings to start major projects, review key nodes and hold project retrospectives.
Requests are filed and routed in the office system the company designates, so that every stage is recorded and its progress can be seen; when the system is unavailable, paper forms are used and entered afterwards.
Step outputs, minutes, approval comments and ruling records are kept complete so that they can be traced.`,
  },
  {
    chapter: 'confidentiality',
    title: 'Confidentiality',
    body: `Trade secrets, customer information, personal information and other non-public information a department learns in joint work is used for that work only and not disclosed to anyone not involved.
For work involving confidential information the requesting department marks the classification and who may know it on the request form, and the receiving department handles it under the company's confidentiality rules.
Breaches of confidentiality are dealt with under the company's confidentiality rules and {disciplineRule}; unlawful acts are referred for legal action.`,
  },
  {
    chapter: 'supervision',
    title: 'Supervision',
    body: `Every quarter the process office checks how departments collaborate: how processes are followed, response times, how work requests are handled and filed, and how ruling records are carried out.
Checks may review records, sample system data and interview staff; departments checked provide accurate information.
The process office notifies the department responsible for each problem found in writing, sets a date to correct it and follows it up. The results of checks are a basis for evaluation.`,
  },
  {
    chapter: 'training',
    title: 'Training',
    body: `The process office holds briefings on this policy within 1 month of its issue, and training for the departments concerned whenever a process or its responsibilities change.
Department heads make sure their staff know this policy; new staff learn it in their induction.`,
  },
  {
    chapter: 'evaluation',
    title: 'Evaluation, Rewards and Penalties',
    body: `Collaboration is part of the performance evaluation of departments. The measures include the on-time rate of steps, the on-time acceptance rate of work requests, the project delay rate, the number of collaboration complaints and the rework rate; measures, weights and scoring follow {performanceRule}.
Every quarter the process office compiles the measures into a collaboration review for the responsible Vice President and passes it to human resources for the performance evaluation.
Departments and staff who collaborate actively and effectively are commended or rewarded under {disciplineRule}.
A department or person responsible for any of the following is dealt with under {performanceRule} and {disciplineRule}:
- refusing or delaying joint work without good reason;
- missing a response time or delivering an output late, so that a project is delayed;
- passing on or not carrying out agreed duties;
- withholding or delaying important information, with harmful consequences.
The process office establishes a breach from check records, work request forms, ruling records and other evidence, hears the department and person concerned, and puts its finding in writing to the responsible Vice President for approval; the department and person concerned are told in writing.
A department or person who disagrees with a finding or a penalty may appeal in writing to human resources within 5 working days of being told. Human resources decides on the appeal within 10 working days of receiving it; the penalty is suspended until then.
As Article 4 of the Labour Contract Law requires, the provisions of this chapter on staff performance, rewards and penalties are discussed by the workers' congress or all staff, settled in consultation with the trade union or staff representatives, and made known to all staff before they apply.
Those responsible for serious loss are held to account under the company's regulations, and unlawful acts are referred for legal action.`,
  },
  {
    chapter: 'supplementary',
    title: 'Supplementary Provisions',
    body: `Departments may issue implementing rules under this policy and file them with the process office.
The process office maintains the annexes of this policy. The list of processes, the swimlane diagrams, key-node tables and responsibility tables are updated by the procedures of this policy; updating them does not amend this policy.
The process office interprets this policy.
This policy is adopted by {approvingBody} and takes effect on {effectiveDate}. {supersedesClause}`,
  },
  {
    chapter: 'annex',
    title: 'Annexes',
    body: `Work request form
- No.
- Urgency: □ normal  □ urgent  □ critical
- Requesting department
- Requested by, contact
- Date of request
- Receiving department
- Subject
- Work and requirements
- Date wanted
- Head of requesting department (signature)
- Accepted by, person handling
- Head of receiving department (signature), date accepted
- Result
- Sign-off comments
- Signed off by (signature), date
- Date filed
Coordination meeting minutes
- No.
- Subject
- Date and time
- Place
- Chair
- Minutes taken by
- Departments and participants
- Agenda
- Agreed action | Lead department | Person responsible | Due date
- Chair (signature)
Escalation request
- No.
- Urgency: □ normal  □ urgent  □ critical
- Requesting department
- Date of request
- Process and step
- Description of the issue
- Discussion so far
- Proposed solution
- Head of requesting department (signature)
- Ruling of the responsible Vice President
- Responsible Vice President (signature), date
RACI change request
- No.
- Requesting department
- Date of request
- Process and step
- Reason for the change
- Step | Current assignment | New assignment | Departments concerned
- Comments of the departments concerned (signature)
- Review by the process office
- Approval by the responsible Vice President (signature)
- Annexes updated, date and version
Ruling record
- No.
- Meeting or ruling
- Date
- Chaired or ruled by
- Departments and participants
- Matter in dispute
- Decision | Lead department | Due date
- Follow-up
- Recorded by (signature)
- Chair or ruling executive (signature)`,
  },
];
