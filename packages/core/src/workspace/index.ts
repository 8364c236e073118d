/**
 * Workspaces: a Pemda's tree and its agencies' trees as one system.
 *
 * @module
 */
export { loadWorkspace, documentIdFromName } from './load.js';
export { Workspace } from './workspace.js';
export type { LocatedResult } from './workspace.js';
export { WorkspaceError } from './errors.js';
export type { WorkspaceProblem } from './errors.js';
export { WorkspaceManifestSchema } from './manifest.js';
export type { WorkspaceManifest } from './manifest.js';
export type { LoadWorkspaceOptions, WorkspaceDocument, WorkspaceInput, WorkspaceLink, WorkspaceLinkKind } from './types.js';
export { reviewWorkspace } from './review.js';
export type { WorkspaceDiagnostic } from './review.js';
export { WORKSPACE_RULES } from './rules.js';
export { POSITION_TYPE_LABELS, ownerCoverage, perjanjianKinerja, positionLines, positionPlans } from './positions.js';
export type { OwnerCoverage, PerjanjianKinerja, PerjanjianKinerjaRow } from './positions.js';
export type { Position, PositionItem, PositionLine, PositionPlan } from './positions.js';
export { crosscuttingMatrix } from './crosscutting.js';
export { agencyNotes, resultAgencies } from './agency-notes.js';
export type { CrosscuttingEntry, CrosscuttingMatrix } from './crosscutting.js';
