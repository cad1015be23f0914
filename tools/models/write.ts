/** Writing an edition's models: glTF validation, meshopt compression, the manifest the app loads first. */
import { NodeIO, type Document } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dedup, meshopt, prune } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { validate } from './validate.ts';
import type { EditionDocuments } from './edition.ts';
import { CRITICAL_ROLES, criticalFile, detailFile, MANIFEST_FILE } from '../../src/edition/modelFiles.ts';

export async function io(): Promise<NodeIO> {
  await MeshoptDecoder.ready;
  await MeshoptEncoder.ready;
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder });
}

/** Plain GLB bytes (before compression). */
export async function toGlb(doc: Document): Promise<Uint8Array> {
  return (await io()).writeBinary(doc);
}

/** Meshopt-compressed GLB bytes. */
export async function compress(doc: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  await doc.transform(
    dedup(),
    prune({ keepExtras: true, keepAttributes: true }),
    meshopt({ encoder: MeshoptEncoder, level: 'medium' }),
  );
  return (await io()).writeBinary(doc);
}

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
  /** What the app uses it for: the first three are needed before the first frame; details stream. */
  role: 'site' | 'stands' | 'collision' | 'detail';
  /** For a detail file: the zone it details. */
  zone?: string;
}

export interface Manifest {
  edition: string;
  files: ManifestFile[];
  totalBytes: number;
}

/** Validates, compresses and writes every document of an edition; throws on any validator error. */
export async function writeEdition(edition: string, docs: EditionDocuments, outDir: string): Promise<Manifest> {
  const files: ManifestFile[] = [];
  const outputs: Array<[string, Uint8Array]> = [];
  const entries: Array<{ name: string; doc: Document; role: ManifestFile['role']; zone?: string }> = [
    ...CRITICAL_ROLES.map((role) => ({ name: criticalFile(role), doc: docs[role], role })),
    ...[...docs.details].map(([zone, doc]) => ({ name: detailFile(zone), doc, role: 'detail' as const, zone })),
  ];
  for (const { name, doc, role, zone } of entries) {
    const report = await validate(await toGlb(doc));
    if (report.errors) {
      const first = report.messages.filter((m) => m.severity === 0).slice(0, 5);
      throw new Error(
        `${name}: glTF validator: ${report.errors} errors: ${first.map((m) => `${m.code} ${m.pointer ?? ''} ${m.message}`).join('; ')}`,
      );
    }
    const bytes = await compress(doc);
    outputs.push([name, bytes]);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    files.push({ name, bytes: bytes.byteLength, sha256, role, ...(zone ? { zone } : {}) });
  }
  const manifest: Manifest = { edition, files, totalBytes: files.reduce((s, f) => s + f.bytes, 0) };
  // Write into a temporary folder, then swap it in: a failed run never leaves half an edition.
  const tmp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  for (const [name, bytes] of outputs) fs.writeFileSync(path.join(tmp, name), bytes);
  fs.writeFileSync(path.join(tmp, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(tmp, outDir);
  return manifest;
}
