/** Marks a SQLite file as a Lanewise project ("LNWS"), so other SQLite files are refused. */
export const APPLICATION_ID = 0x4c4e5753;

/**
 * Forward migrations: entry i upgrades a file from user_version i to i + 1.
 * Append only; never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE departments (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL, sort_order INTEGER NOT NULL);
  CREATE TABLE positions (
    id TEXT PRIMARY KEY,
    department_id TEXT NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL, sort_order INTEGER NOT NULL);
  CREATE TABLE processes (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, description TEXT NOT NULL,
    orientation TEXT NOT NULL CHECK (orientation IN ('horizontal', 'vertical')), sort_order INTEGER NOT NULL);
  CREATE TABLE lanes (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    department_id TEXT NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
    sort_order INTEGER NOT NULL, size REAL NOT NULL);
  CREATE TABLE phases (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL, sort_order INTEGER NOT NULL, size REAL NOT NULL);
  CREATE TABLE steps (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    lane_id TEXT NOT NULL REFERENCES lanes(id) DEFERRABLE INITIALLY DEFERRED,
    phase_id TEXT REFERENCES phases(id) DEFERRABLE INITIALLY DEFERRED,
    code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL,
    input TEXT NOT NULL, output TEXT NOT NULL,
    owner_position_id TEXT REFERENCES positions(id) DEFERRABLE INITIALLY DEFERRED,
    duration_value REAL, duration_unit TEXT NOT NULL, notes TEXT NOT NULL);
  CREATE TABLE flows (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    from_step_id TEXT NOT NULL REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    to_step_id TEXT NOT NULL REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    label TEXT NOT NULL);
  CREATE TABLE raci (
    step_id TEXT NOT NULL REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    party_id TEXT NOT NULL,
    letters TEXT NOT NULL CHECK (letters <> ''),
    PRIMARY KEY (step_id, party_id)) WITHOUT ROWID;
  CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    step_id TEXT REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    finding_key TEXT NOT NULL, rule_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('resolved', 'accepted')),
    accountable_name TEXT NOT NULL, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, reason TEXT NOT NULL);
  CREATE TABLE policy_sections (
    id TEXT PRIMARY KEY, chapter TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, sort_order INTEGER NOT NULL);
  CREATE INDEX steps_by_process ON steps(process_id);
  CREATE INDEX flows_by_process ON flows(process_id);
  CREATE INDEX lanes_by_process ON lanes(process_id);
  `,
  // 2: the resolution log keeps which step an entry was about, as text, after the step is deleted.
  `
  ALTER TABLE decisions ADD COLUMN step_label TEXT NOT NULL DEFAULT '';
  UPDATE decisions SET step_label = (SELECT trim(code || ' ' || name) FROM steps WHERE steps.id = decisions.step_id) WHERE step_id IS NOT NULL;
  `,
  // 3: a step can stand for a sub-process (BPMN import and export).
  `ALTER TABLE steps ADD COLUMN sub_process INTEGER NOT NULL DEFAULT 0;`,
  // 4: a stable project id (exported workbooks carry it) and the clients' review notes.
  // An older file's id comes from its oldest-sorting row id rather than at random, so a read-only
  // reader upgrading it in memory (lanewise export) gets the same id the real upgrade later writes.
  `
  INSERT INTO project (key, value)
  SELECT 'projectId', json_quote(coalesce(
    'legacy-' || substr((SELECT min(id) FROM (SELECT id FROM processes UNION ALL SELECT id FROM departments UNION ALL SELECT id FROM steps)), 1, 56),
    lower(hex(randomblob(16)))))
  WHERE NOT EXISTS (SELECT 1 FROM project WHERE key = 'projectId');
  CREATE TABLE review_notes (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    step_id TEXT REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    step_label TEXT NOT NULL, party_label TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('remark', 'comment')),
    author TEXT NOT NULL, written_at TEXT NOT NULL, text TEXT NOT NULL, file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL, resolved_at TEXT NOT NULL);
  CREATE INDEX review_notes_by_process ON review_notes(process_id);
  `,
  // 5: saved versions of a process (snapshots as JSON), to restore and compare.
  `
  CREATE TABLE process_versions (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    label TEXT NOT NULL, saved_at TEXT NOT NULL, snapshot TEXT NOT NULL);
  CREATE INDEX process_versions_by_process ON process_versions(process_id);
  `,
  // 6: phase 1 of the method (现状调研与问题诊断): research scope, interviews, questionnaire, history data, problem register.
  `
  CREATE TABLE scope_processes (
    id TEXT PRIMARY KEY, process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE TABLE scope_departments (
    id TEXT PRIMARY KEY, department_id TEXT NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE TABLE interviewees (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, position TEXT NOT NULL,
    department_id TEXT REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
    planned_date TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')), sort_order INTEGER NOT NULL);
  CREATE TABLE interviews (
    id TEXT PRIMARY KEY,
    interviewee_id TEXT REFERENCES interviewees(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL, title TEXT NOT NULL, notes TEXT NOT NULL);
  CREATE TABLE interview_departments (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id) DEFERRABLE INITIALLY DEFERRED,
    department_id TEXT NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE TABLE interview_processes (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id) DEFERRABLE INITIALLY DEFERRED,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE TABLE interview_quotes (
    id TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id) DEFERRABLE INITIALLY DEFERRED,
    text TEXT NOT NULL, sort_order INTEGER NOT NULL);
  CREATE TABLE survey_dimensions (
    id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, sort_order INTEGER NOT NULL);
  CREATE TABLE survey_questions (
    id TEXT PRIMARY KEY,
    dimension_id TEXT NOT NULL REFERENCES survey_dimensions(id) DEFERRABLE INITIALLY DEFERRED,
    text_zh TEXT NOT NULL, text_en TEXT NOT NULL, sort_order INTEGER NOT NULL);
  CREATE TABLE survey_responses (
    id TEXT PRIMARY KEY,
    department_id TEXT REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
    position TEXT NOT NULL, respondent TEXT NOT NULL, source TEXT NOT NULL, imported_at TEXT NOT NULL, fingerprint TEXT NOT NULL);
  CREATE TABLE survey_answers (
    id TEXT PRIMARY KEY,
    response_id TEXT NOT NULL REFERENCES survey_responses(id) DEFERRABLE INITIALLY DEFERRED,
    question_id TEXT NOT NULL REFERENCES survey_questions(id) DEFERRABLE INITIALLY DEFERRED,
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5));
  CREATE TABLE history_records (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    department_id TEXT REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
    period_from TEXT NOT NULL, period_to TEXT NOT NULL,
    projects INTEGER NOT NULL, delayed_projects INTEGER NOT NULL, complaints INTEGER NOT NULL, reworks INTEGER NOT NULL, note TEXT NOT NULL);
  CREATE TABLE problems (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('interview', 'questionnaire', 'data', 'workshop')),
    evidence TEXT NOT NULL,
    interview_id TEXT REFERENCES interviews(id) DEFERRABLE INITIALLY DEFERRED,
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5), urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 5),
    status TEXT NOT NULL CHECK (status IN ('open', 'addressed', 'accepted')),
    measure TEXT NOT NULL,
    addressed_by_step_id TEXT REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    addressed_by_decision_id TEXT REFERENCES decisions(id) DEFERRABLE INITIALLY DEFERRED,
    addressed_note TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE problem_processes (
    id TEXT PRIMARY KEY,
    problem_id TEXT NOT NULL REFERENCES problems(id) DEFERRABLE INITIALLY DEFERRED,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE TABLE problem_steps (
    id TEXT PRIMARY KEY,
    problem_id TEXT NOT NULL REFERENCES problems(id) DEFERRABLE INITIALLY DEFERRED,
    step_id TEXT NOT NULL REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE TABLE problem_departments (
    id TEXT PRIMARY KEY,
    problem_id TEXT NOT NULL REFERENCES problems(id) DEFERRABLE INITIALLY DEFERRED,
    department_id TEXT NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED);
  CREATE INDEX survey_answers_by_response ON survey_answers(response_id);
  `,
  // 7: shapes sized and coloured by the user, flows shaped by hand (bends as a JSON array of points).
  `
  ALTER TABLE steps ADD COLUMN width REAL;
  ALTER TABLE steps ADD COLUMN height REAL;
  ALTER TABLE steps ADD COLUMN color TEXT;
  ALTER TABLE flows ADD COLUMN bends TEXT NOT NULL DEFAULT '[]';
  `,
  // 8: a problem keeps which step addresses it, as id and text, after the to-be removes that step.
  `
  ALTER TABLE problems ADD COLUMN addressed_step_ref TEXT;
  ALTER TABLE problems ADD COLUMN addressed_step_label TEXT NOT NULL DEFAULT '';
  UPDATE problems SET addressed_step_ref = addressed_by_step_id,
    addressed_step_label = coalesce((SELECT trim(code || ' ' || name) FROM steps WHERE steps.id = problems.addressed_by_step_id), '')
  WHERE addressed_by_step_id IS NOT NULL;
  `,
  // 9: free-text notes on a process's canvas.
  `
  CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes(id) DEFERRABLE INITIALLY DEFERRED,
    x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL, text TEXT NOT NULL);
  CREATE INDEX annotations_by_process ON annotations(process_id);
  `,
];
