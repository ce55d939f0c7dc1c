import type { DefaultChapter } from './default-chapter';

/** Default articles, after the source's collaboration standard; users edit them in the policy editor. */
export const DEFAULT_POLICY_EN: readonly DefaultChapter[] = [
  {
    chapter: 'general',
    title: 'General Provisions',
    body: `This policy sets out how departments of the company work together, defines the role and responsibilities of each department in that work, and aims to cut repeated communication and idle waiting, raise efficiency, safeguard quality and lower management cost, so that cross-department collaboration has shared goals, clear responsibilities, open communication and efficient execution.
This policy applies to all work carried out jointly by two or more departments, including new product or service launches, cross-department marketing events, joint handling of major customer complaints, annual budgeting and resource coordination, and internal process improvement and change projects.
A RACI matrix, in this policy, is a table with the steps of a process as rows and departments or positions as columns, stating the role each party plays in each step:
- R (Responsible): does the work of the step;
- A (Accountable): owns the result of the step; every step has exactly one Accountable party;
- C (Consulted): gives expert input or resources;
- I (Informed): is kept up to date on progress and results.
Key nodes, in this policy, are the decision points, approval points and delivery points of a process.`,
  },
  {
    chapter: 'principles',
    title: 'Collaboration Principles',
    body: `Shared goals. Departments work towards the goals of the company as a whole; no department may refuse or delay collaboration on the grounds of its own business.
Clear responsibility. Every step of a process has exactly one Accountable party (A); Responsible, Consulted and Informed parties act as the RACI matrix states, so that no task falls between departments.
Open communication. Information is passed on through the agreed channels promptly, accurately and completely; key information is recorded in writing.
Efficient execution. Departments deliver the inputs, outputs and lead times the processes set, avoiding repeated communication and idle waiting.
Continuous improvement. Collaboration is reviewed regularly and good practice is captured as standard processes the organisation can repeat.`,
  },
  {
    chapter: 'framework',
    title: 'Process Framework',
    body: `Collaboration processes are classified and named by scenario; names are short and state the core scenario. The process office manages the creation, change and withdrawal of processes.
Each process is described by a swimlane diagram: one lane per department, the steps in sequence, and its key nodes — decision, approval and delivery points — marked.
Every step states its input (the work or information it needs first), its output (what it delivers), its owner (department or position) and its expected duration.
Key nodes carry approval and acceptance requirements. The owner of a step may return an output of the previous step that does not meet them, stating the reason.
The swimlane diagrams and key-node tables of the collaboration processes follow.`,
  },
  {
    chapter: 'responsibilities',
    title: 'Roles and Responsibilities',
    body: `The responsibilities of departments in the collaboration processes are those of the RACI matrices in this chapter.
Responsible parties (R) do the work of a step as required, deliver its output on time and report progress to the Accountable party.
Accountable parties (A) own the result of a step, approve its output and arrange the resources it needs.
Consulted parties (C) give clear, workable expert input or resources within the agreed time.
Informed parties (I) follow the progress and results of a step and plan their own department's work accordingly.
The lead department of a process runs it, tracks the progress of its steps and collects collaboration issues. When the duties of a department or position change, the departments concerned request a revision of the RACI matrix without delay.`,
  },
  {
    chapter: 'escalation',
    title: 'Conflict Resolution and Escalation',
    body: `Disagreements are first settled directly between the heads of the departments concerned, as a rule within 2 working days.
When they cannot agree, or when a step has more than one Accountable party (A), overlapping responsibilities or no owner, the lead department files an escalation request (see the annexes) with the responsible Vice President, who names one accountable party.
The responsible Vice President rules, as a rule, within 3 working days of the request; matters spanning several executives' areas go to the general manager's meeting.
Rulings are entered in the resolution log and the RACI matrix is revised to match. Departments carry them out without passing responsibility on.
Urgent matters, such as major customer complaints, may be escalated to the responsible Vice President at once, with the written request filed afterwards.`,
  },
  {
    chapter: 'communication',
    title: 'Communication',
    body: `A weekly cross-department coordination meeting is held. The lead department of each process reports the progress of its steps, settles open issues and sends the minutes (see the annexes) to all participating departments within 1 working day.
Dedicated meetings, called by the project lead, mark the start of major projects, reviews of key nodes and project retrospectives.
Collaboration requests are filed in the OA system or the project management tool with the collaboration request form (see the annexes), so that every process runs online and every step is visible.
Response times:
- ordinary requests: the receiving department responds within 24 hours;
- urgent requests: the receiving department responds within 4 hours;
- Consulted parties (C) give their written input within 2 working days;
- approval steps are completed within 2 working days.
Step outputs, meeting minutes and approval comments are kept on the collaboration platform so that they can be traced.`,
  },
  {
    chapter: 'evaluation',
    title: 'Evaluation, Rewards and Penalties',
    body: `Collaboration is part of the performance evaluation of departments and staff. The measures include the on-time rate of steps, the project delay rate, the number of collaboration complaints and the rework rate.
The process office reports these measures every quarter in a collaboration review submitted to the responsible Vice President.
Departments and staff who collaborate actively and effectively are commended or rewarded and are given priority in the annual awards.
A department or person responsible for any of the following is reprimanded and has the current performance score reduced, depending on the circumstances:
- refusing or delaying collaboration without good reason;
- missing a response time or delivering an output late, so that a project is delayed;
- passing on or not carrying out agreed responsibilities;
- withholding or delaying important information, with harmful consequences.
Where serious loss is caused, those responsible are held to account under the company's regulations.`,
  },
  {
    chapter: 'supplementary',
    title: 'Supplementary Provisions',
    body: `Departments may issue implementing rules under this policy and file them with the process office.
When a process or its responsibilities change, the swimlane diagrams, key-node tables and RACI matrices of this policy are revised without delay.
The process office is responsible for interpreting this policy.
This policy takes effect on the date of its issue.`,
  },
  {
    chapter: 'annex',
    title: 'Annexes',
    body: `Collaboration request form
- Requesting department
- Requested by
- Date of request
- Subject
- Description
- Departments involved
- Expected completion date
- Opinion of the requesting department head
- Opinion of the collaborating department heads
Coordination meeting minutes
- Subject
- Date and time
- Place
- Chair
- Minutes taken by
- Departments and participants
- Agenda
- Agreed action | Department | Person responsible | Due date
Escalation request
- Requesting department
- Date of request
- Process and step
- Description of the issue
- Discussion so far
- Proposed solution
- Ruling of the responsible Vice President`,
  },
];
