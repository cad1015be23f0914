/** The Khronos glTF validator on GLB bytes. */
// gltf-validator ships no types.
// @ts-expect-error untyped module
import { validateBytes } from 'gltf-validator';

export interface ValidationReport {
  errors: number;
  warnings: number;
  messages: Array<{ code: string; message: string; severity: number; pointer?: string }>;
}

export async function validate(bytes: Uint8Array): Promise<ValidationReport> {
  let report;
  try {
    report = await validateBytes(bytes, { maxIssues: 50 });
  } catch (e) {
    // Not glTF at all: the validator throws instead of reporting.
    const message = e instanceof Error ? e.message : String(e);
    return { errors: 1, warnings: 0, messages: [{ code: 'INVALID_DATA', message, severity: 0 }] };
  }
  return { errors: report.issues.numErrors, warnings: report.issues.numWarnings, messages: report.issues.messages };
}
