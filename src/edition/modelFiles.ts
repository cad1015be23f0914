/**
 * The contract between the model pipeline and the app about file and node names. The files of the first
 * walkable frame have fixed names, so the app can request them together with the manifest (one
 * round trip less on a mobile network) and the manifest still gives their sizes and hashes.
 */
export const CRITICAL_ROLES = ['site', 'stands', 'collision'] as const;
export type CriticalRole = (typeof CRITICAL_ROLES)[number];

export const MANIFEST_FILE = 'manifest.json';

export const criticalFile = (role: CriticalRole): string => `${role}.glb`;
export const detailFile = (zone: string): string => `detail-${zone}.glb`;

/** The node of site.glb holding the roofs: the app fades it away from the air and never walks onto it. */
export const ROOFS_NODE = 'roofs';
