/**
 * `@pokin/core`: pohon kinerja (performance trees) and cascading kinerja as data. The document
 * schema, level schemes, the {@link Cascade} graph with its traversal, the review, and the
 * {@link Renderer} contract that the renderer packages implement.
 *
 * @packageDocumentation
 */
export { Cascade, deepEqual } from './cascade.js';
export { assertCascade } from './assert-cascade.js';
export type { WalkControl, WalkInfo, WalkOptions, WalkOrder } from './cascade.js';
export {
  DIFF_KINDS,
  DIFF_LABELS,
  diffCascades,
  diffLevelNames,
  diffValueText,
  nextPeriodDocument,
  packDiffVersion,
  readDiffVersion,
  unpackDiffVersion,
} from './diff/index.js';
export type {
  CascadeDiff,
  DiffChange,
  DiffIndicator,
  DiffKind,
  DiffLevelNames,
  DiffOptions,
  DiffResult,
  DiffSide,
  DiffSummary,
  DiffVersion,
  MatchBasis,
  NextPeriodOptions,
  PackedDiffVersion,
  ReadDiffVersionOptions,
  ReadVersion,
} from './diff/index.js';
export { CascadeError, NotFoundError, PokinError, RuleError, RuleOptionsError, UsageError, formatPath } from './errors.js';
export type { CascadeIssue, CascadeIssueCode, RuleProblem } from './errors.js';
export { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS, PERMENPAN_89, RENSTRA, TIERS, TIER_LABELS, isLevelPresetName } from './levels.js';
export type { Level, LevelPresetName, LevelScheme, Tier } from './levels.js';
export { parseCascade, safeParseCascade } from './parse.js';
export { formatIssue } from './parse/messages.js';
export type { IssueParams } from './parse/messages.js';
export type { ParseCascadeOptions, SafeParseCascadeResult } from './parse.js';
export { localize } from './renderer.js';
export type { Locale, Renderer } from './renderer.js';
export { isExternalRef, localId, normaliseContributionStatus, splitRef } from './refs.js';
export type { ContributionStatus, ResultRef } from './refs.js';
export type { CascadeMeta, Contribution, ResultRecord } from './result.js';
export {
  AgencySchema,
  BaselineSchema,
  BudgetSchema,
  ContextSchema,
  CONTRIBUTION_STATUSES,
  ContributionSchema,
  CsfSchema,
  DOCUMENT_KEYS,
  DocumentIdSchema,
  DocumentSchema,
  IdSchema,
  IndicatorSchema,
  LevelSchema,
  MonthsSchema,
  OwnerSchema,
  POSITION_TYPES,
  PeriodSchema,
  PolaritySchema,
  PositionTypeSchema,
  QuartersSchema,
  RealisationNoteSchema,
  RealisationSchema,
  ResultRefSchema,
  ResultSchema,
  ScaleSchema,
  SignatorySchema,
  ValueSchema,
  YearValueSchema,
  documentJsonSchema,
} from './schema.js';
export type {
  Agency,
  Baseline,
  Budget,
  CascadeDocument,
  Context,
  ContributionDocument,
  Csf,
  Indicator,
  Owner,
  Period,
  Polarity,
  PositionType,
  Realisation,
  RealisationNote,
  ResultDocument,
  Signatory,
  Value,
  YearValue,
} from './schema.js';
export {
  BUILTIN_RULES,
  REVIEW_RULES,
  RULES_DOC_URL,
  RULES_DOC_URL_ID,
  collectRules,
  countBySeverity,
  defineRule,
  formatDiagnostic,
  messages,
  parseIndonesianNumber,
  readValue,
  resolveRuleSettings,
  review,
  ruleUrl,
} from './review/index.js';
export type {
  Diagnostic,
  DocumentView,
  IndicatorNode,
  LevelRole,
  LevelView,
  LocalizedText,
  MeasureKind,
  MessageTemplate,
  ReadValue,
  ReportDescriptor,
  ResultNode,
  ReviewOptions,
  ReviewPlugin,
  RuleBasis,
  RuleCategory,
  RuleContext,
  RuleEntry,
  RuleFamily,
  RuleMeta,
  RuleModule,
  RuleModuleMeta,
  RuleSetting,
  RuleVisitors,
  Severity,
  StatementForm,
  TextTools,
  UnitKind,
  ValuePoint,
} from './review/index.js';
export * from './tables/index.js';
export * from './achievement/index.js';
export { LKJIP_LABELS, PETA_LABELS, PK_LABELS, REVIEW_TABLE_LABELS } from './report-labels.js';
export { optionChecks } from './option-checks.js';
export type { OptionChecks } from './option-checks.js';
export {
  POSITION_TYPE_LABELS,
  WORKSPACE_RULES,
  Workspace,
  WorkspaceError,
  WorkspaceManifestSchema,
  agencyNotes,
  crosscuttingMatrix,
  documentIdFromName,
  loadWorkspace,
  ownerCoverage,
  perjanjianKinerja,
  positionLines,
  positionPlans,
  resultAgencies,
  reviewWorkspace,
} from './workspace/index.js';
export type {
  CrosscuttingEntry,
  CrosscuttingMatrix,
  LoadWorkspaceOptions,
  OwnerCoverage,
  PerjanjianKinerja,
  PerjanjianKinerjaRow,
  Position,
  PositionItem,
  PositionLine,
  PositionPlan,
  LocatedResult,
  WorkspaceDiagnostic,
  WorkspaceDocument,
  WorkspaceInput,
  WorkspaceLink,
  WorkspaceLinkKind,
  WorkspaceManifest,
  WorkspaceProblem,
} from './workspace/index.js';
