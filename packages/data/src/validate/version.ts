import { quote, Report } from './report.js';

/** The contract version this package writes and reads. Minor = compatible additions; major = breaking. */
export const SCHEMA_VERSION = '1.1';
const [MAJOR, MINOR] = SCHEMA_VERSION.split('.').map(Number) as [number, number];

/**
 * Checks `schemaVersion`. A newer minor only warns (its extra fields are ignored); an unknown
 * major is an error, and returns false because nothing else can be judged against this contract.
 */
export function checkVersion(doc: Record<string, unknown>, report: Report): boolean {
  const at = '/schemaVersion';
  if (!Object.hasOwn(doc, 'schemaVersion')) {
    report.error(at, 'required', [
      `mangler (feltet er påkrævet; brug "${SCHEMA_VERSION}")`,
      `is missing (the field is required; use "${SCHEMA_VERSION}")`,
    ]);
    return true;
  }
  const v = doc.schemaVersion;
  if (typeof v !== 'string') {
    report.type(at, [`tekst som "${SCHEMA_VERSION}"`, `text such as "${SCHEMA_VERSION}"`], v);
    return true;
  }
  const m = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.exec(v);
  if (!m) {
    report.error(at, 'pattern', [
      `skal være et versionsnummer som "${SCHEMA_VERSION}", men er ${quote(v)}`,
      `must be a version such as "${SCHEMA_VERSION}", but is ${quote(v)}`,
    ]);
    return true;
  }
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major !== MAJOR) {
    report.error(at, 'version', [
      `version ${quote(v)} understøttes ikke: forventede ${MAJOR}.x (denne læser kender ${SCHEMA_VERSION})`,
      `version ${quote(v)} is not supported: expected ${MAJOR}.x (this reader knows ${SCHEMA_VERSION})`,
    ]);
    return false;
  }
  if (minor > MINOR) report.warningChecks?.newerVersion(report, at, v);
  return true;
}
