import { dataset } from '../index.js';
import { toJson } from './factQuery.js';
import type { Flags } from './grammar.js';
import type { RenderContext } from './renderContext.js';
import { renderTable } from './renderTable.js';

/**
 * `ai-investment-facts audit`: the dataset's consistency findings, each with
 * its outcome, whether it is one-sided, and its summary.
 *
 * @example
 * ```ts
 * audit({}, { tty: false, colour: false });
 * ```
 * @category CLI
 */
export function audit(flags: Flags, context: RenderContext): string {
  const findings = dataset.auditConsistency();
  if (flags['json'] === true) return toJson(findings);
  return renderTable(
    {
      headers: ['Outcome', 'Check', 'One-sided', 'Summary', 'ID'],
      rows: findings.map((finding) => [finding.outcome, finding.check, finding.oneSided ? 'yes' : 'no', finding.summary, finding.id]),
      idColumns: [4],
    },
    context,
  );
}
