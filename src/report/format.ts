/**
 * One entry for every output format. All of them render the JsonReport (which never holds a secret);
 * `json` is also the baseline format (findings/baseline.ts reads it back).
 */
import type { ReportFormat } from '../core/defaults.js';
import type { JsonReport } from '../core/report.js';
import { toSarif, type SarifOptions } from './sarif.js';
import { renderText, type TextOptions } from './text.js';


export interface RenderOptions extends Partial<TextOptions>, Omit<SarifOptions, 'rules'> {}

/** The report as `format`, ending with a newline. */
export function renderReport(report: JsonReport, format: ReportFormat, opts: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(report, { ...(opts.pathPrefix ? { pathPrefix: opts.pathPrefix } : {}), ...(opts.surface ? { surface: opts.surface } : {}) }), null, 2)}\n`;
    case 'text':
      return renderText(report, {
        color: opts.color ?? false,
        ...(opts.maxLocations !== undefined ? { maxLocations: opts.maxLocations } : {}),
        ...(opts.surface ? { surface: opts.surface } : {}),
      });
    default:
      throw new Error(`unknown report format ${String(format)}`);
  }
}
