/**
 * Workflow-command annotations (::error file=…,line=…::message): an error for every location of a key that may
 * be live (live, unknown, unchecked), a warning for a key the API said is not valid. GitHub shows 10 per level
 * per step and drops the rest silently, so past that one notice says how many more there are and where to see
 * them. A range finding still in HEAD is annotated on HEAD's line (where the pull request shows it); one that
 * was removed again, on its commit's line (the annotation still lists in the job).
 */
import type { AnnotationProperties } from '@actions/core';
import type { JsonReport } from '../../core/report.js';
import { adviceFor, nextStep } from '../../core/next-step.js';
import { describeFinding, describeWhere, displayLine, severity, short, statusLabel, workspacePath, type Placement } from './where.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationOptions {
  /** Shown per level (GitHub's limit per step: 10). */
  perLevel?: number;
  /** Where the rest can be seen, e.g. "the job summary, the check run and the SARIF file". */
  elsewhere: string;
  /** Error slots kept free for errors emitted later (the step's failure message is one). */
  reservedErrors?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;

/** The annotations to emit, most urgent first (the report lists live keys first), with overflow notices. */
export function planAnnotations(report: JsonReport, placement: Placement, options: AnnotationOptions): Annotation[] {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const all: Annotation[] = [];
  const advice = adviceFor(report, 'action');
  for (const finding of report.findings) {
    for (const location of finding.locations) {
      const file = workspacePath(location, placement);
      const properties: AnnotationProperties = { title: `${finding.rule}: ${statusLabel(finding.status).toLowerCase()}` };
      if (file !== undefined) {
        properties.file = file;
        properties.startLine = displayLine(location);
        properties.startColumn = location.column;
      }
      let where = '';
      if (location.kind === 'file' && location.commit) {
        where = location.inHead === false
          ? ` It was added in commit ${short(location.commit)} and is no longer in the latest version, but it is still in the git history.`
          : ` Added in commit ${short(location.commit)}.`;
      }
      // An archive's member is not visible on the file's line: name it.
      const place = file === undefined || location.member !== undefined ? ` Found in ${describeWhere(location, placement)}${location.url ? ` (${location.url})` : ''}.` : '';
      all.push({
        level: severity(finding.status),
        message: `${describeFinding(finding)}: ${nextStep(finding, advice)}.${place}${where}`,
        properties,
      });
    }
  }
  const shown: Annotation[] = [];
  const hidden = { error: 0, warning: 0 };
  const count = { error: 0, warning: 0 };
  const room = { error: Math.max(0, perLevel - (options.reservedErrors ?? 0)), warning: perLevel };
  for (const annotation of all) {
    const level = annotation.level as 'error' | 'warning';
    if (count[level] < room[level]) {
      count[level]++;
      shown.push(annotation);
    } else hidden[level]++;
  }
  for (const level of ['error', 'warning'] as const) {
    if (hidden[level] === 0) continue;
    const what = level === 'error' ? 'possibly live keys' : 'invalid keys';
    shown.push({
      level: 'notice',
      message: `${hidden[level]} more ${level} annotation(s) (${what}) are not shown here: GitHub shows ${perLevel} per level per step. See ${options.elsewhere}.`,
      properties: { title: `${hidden[level]} more Anthropic key finding(s)` },
    });
  }
  return shown;
}

export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink): void {
  for (const a of annotations) sink[a.level](a.message, a.properties);
}
