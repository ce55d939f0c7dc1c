import { create } from 'zustand';

export const DIAGNOSIS_SECTIONS = ['scope', 'interviews', 'questionnaire', 'history', 'problems', 'report'] as const;
export type DiagnosisSection = (typeof DIAGNOSIS_SECTIONS)[number];

interface DiagnosisUi {
  section: DiagnosisSection;
  interviewId: string | null;
  problemId: string | null;
  setSection(section: DiagnosisSection): void;
  openInterview(id: string | null): void;
  /** Shows a problem in the register, e.g. the one just made from a quote. */
  openProblem(id: string | null): void;
}

export const useDiagnosisUi = create<DiagnosisUi>()((set) => ({
  section: 'scope',
  interviewId: null,
  problemId: null,
  setSection: (section) => set({ section }),
  openInterview: (interviewId) => set({ interviewId }),
  openProblem: (problemId) => set(problemId ? { problemId, section: 'problems' } : { problemId }),
}));
