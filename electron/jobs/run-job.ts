import { execute } from '../../shared/commands/execute';
import type { ReportProgress } from '../../shared/jobs/job-progress';
import type { JobOutput, JobSpec } from './job-spec';

/**
 * Does one job on the thread it is called on; the runner decides which thread that is. Each kind
 * of job loads its code when first asked for, so a job worker loads only its own job's.
 */
export async function runJob<S extends JobSpec>(spec: S, report: ReportProgress): Promise<JobOutput<S>> {
  switch (spec.type) {
    case 'export': {
      const { exportProjectFile } = await import('../exports/project-exports');
      return (await exportProjectFile(spec.state, spec.kind, spec.processId, report)) as JobOutput<S>;
    }
    case 'diagnosisExport': {
      const { exportDiagnosisFile } = await import('../exports/diagnosis-exports');
      return (await exportDiagnosisFile(spec.state, spec.kind, report)) as JobOutput<S>;
    }
    case 'importPreview': {
      const { previewRaciImport } = await import('../excel/raci-workbook-import');
      // Bytes come out of a worker's message as a plain Uint8Array.
      const source = 'bytes' in spec.source ? { bytes: Buffer.from(spec.source.bytes.buffer, spec.source.bytes.byteOffset, spec.source.bytes.byteLength), fileName: spec.source.fileName } : spec.source;
      return (await previewRaciImport(spec.state, source, report)) as JobOutput<S>;
    }
    case 'processImportPreview': {
      report('reading', 0);
      const preview = spec.format === 'bpmn' ? (await import('../bpmn/bpmn-process-import')).previewBpmnImport : (await import('../flat-table/table-process-import')).previewTableImport;
      return (await preview(spec.state, spec.bytes, spec.fileName)) as JobOutput<S>;
    }
    case 'batch': {
      // The state is this job's own copy: editing it in place costs nothing and touches nobody else's.
      const done = execute(spec.state, spec.command, { inPlace: true });
      return { ops: done.ops, inverse: done.inverse } as JobOutput<S>;
    }
  }
}
