/**
 * The workspace rules: they run over the combined cascade of a workspace (`reviewWorkspace`) and
 * do nothing in the review of one document.
 *
 * @module
 */
import type { RuleModule } from '../review/api.js';
import { rule as referenceUnresolved } from '../review/rules/reference-unresolved/index.js';
import { rule as referenceLevelOrder } from '../review/rules/reference-level-order/index.js';
import { rule as pemdaSasaranUnsupported } from '../review/rules/pemda-sasaran-unsupported/index.js';
import { rule as crosscuttingOneSided } from '../review/rules/crosscutting-one-sided/index.js';
import { rule as crosscuttingRejected } from '../review/rules/crosscutting-rejected/index.js';
import { rule as indicatorTargetConflict } from '../review/rules/indicator-target-conflict/index.js';
import { rule as agencyUnlinked } from '../review/rules/agency-unlinked/index.js';
import { rule as periodMismatch } from '../review/rules/period-mismatch/index.js';

/** Every workspace rule, in report order. */
export const WORKSPACE_RULES: readonly RuleModule[] = Object.freeze([
  referenceUnresolved,
  referenceLevelOrder,
  agencyUnlinked,
  pemdaSasaranUnsupported,
  crosscuttingOneSided,
  crosscuttingRejected,
  indicatorTargetConflict,
  periodMismatch,
] as RuleModule[]);
