/** One line saying what a run scanned ("pull request #7: 4 commits abc1234..def5678"), for the summaries. */
import type { JsonReport } from '../core/report.js';
import { short } from '../report/github/where.js';

export function describeScanned(why: string, report: JsonReport): string {
  const surfaces = report.scope.surfaces?.filter((name) => name !== 'event') ?? [];
  const scanned = describeTree(why, report);
  return surfaces.length > 0 && report.scope.kind !== 'surfaces' ? `${scanned}, and ${surfaces.join(', ')}` : scanned;
}

function describeTree(why: string, report: JsonReport): string {
  const { scope, stats } = report;
  const n = (name: string) => (typeof stats[name] === 'number' ? (stats[name] as number) : undefined);
  switch (scope.kind) {
    case 'range': {
      const commits = n('commitsScanned');
      const range = typeof scope.base === 'string' && typeof scope.head === 'string' ? ` ${short(scope.base)}..${short(scope.head)}` : '';
      return `${why}: ${commits ?? 'the'} commit${commits === 1 ? '' : 's'}${range}`;
    }
    case 'history': {
      const commits = n('commitsScanned');
      return `${why}: the whole history${commits !== undefined ? ` (${commits} commits)` : ''}`;
    }
    case 'surfaces': {
      // What GitHub surfaces were read instead of a checkout: a conversation event's items, a run's logs and artifacts.
      const counted: [number, string][] = [[n('conversationItemsScanned') ?? 0, 'conversation item'], [n('runLogsScanned') ?? 0, 'log file'], [n('artifactsScanned') ?? 0, 'artifact']];
      const read = counted.filter(([count]) => count > 0).map(([count, name]) => `${count} ${name}${count === 1 ? '' : 's'}`);
      return `${why}: ${read.length > 0 ? read.join(', ') : 'nothing'}`;
    }
    default: {
      const files = n('filesScanned');
      return report.notes?.some((note) => note.reason === 'nothing-to-scan') ? why : `${why}: ${files ?? 'the'} file${files === 1 ? '' : 's'}`;
    }
  }
}
