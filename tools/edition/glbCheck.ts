/**
 * Checks a hand-made model (a stand's `model`, a .glb under public/models/) carries everything it
 * needs: a binary glTF 2.0 whose every `uri` (buffers, images, and any extension's) is absent (the
 * GLB's own binary chunk, a buffer view) or an embedded `data:` URI of a buffer or image type. A
 * relative URI would be fetched beside the model, an absolute one from another site, and the visit
 * fetches nothing from elsewhere (kiosks run offline; the policy blocks it, deploy/headers.ts).
 * Pure: bytes in, issues out.
 */

/** One issue: where in the model's JSON (`buffers[0].uri`, `(header)`), what. */
export interface GlbIssue {
  path: string;
  message: string;
}

const MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"
const DATA_BUFFER = /^data:application\/(?:octet-stream|gltf-buffer);base64,/i;
const DATA_IMAGE = /^data:image\/(?:png|jpeg|webp|ktx2);base64,/i;

function uriIssue(uri: string, image: boolean): string | undefined {
  if ((image ? DATA_IMAGE : DATA_BUFFER).test(uri)) return undefined;
  const shown = uri.length > 60 ? `${uri.slice(0, 60)}…` : uri;
  if (/^data:/i.test(uri)) return `an embedded "${shown.slice(0, 40)}" of a type a model does not carry`;
  return `an external URI "${shown}": a model of the visit carries all its data (embed it in the .glb)`;
}

export function checkGlb(bytes: Uint8Array): GlbIssue[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC)
    return [{ path: '(header)', message: 'not a binary glTF (.glb): no "glTF" header' }];
  const version = view.getUint32(4, true);
  if (version !== 2) return [{ path: '(header)', message: `glTF version ${version}: the visit reads version 2` }];
  const length = view.getUint32(8, true);
  if (length !== bytes.byteLength)
    return [{ path: '(header)', message: `the header says ${length} bytes, the file has ${bytes.byteLength}` }];
  const chunkLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== JSON_CHUNK || 20 + chunkLength > bytes.byteLength)
    return [{ path: '(header)', message: 'the first chunk is not the JSON chunk' }];
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(20, 20 + chunkLength)));
  } catch (e) {
    return [{ path: '(json)', message: `the JSON chunk does not parse: ${(e as Error).message}` }];
  }
  const out: GlbIssue[] = [];
  // Every `uri`, wherever it is: buffers and images, and any extension's.
  const walk = (v: unknown, path: string, image: boolean) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, image));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (k === 'uri') {
          const issue = typeof x === 'string' ? uriIssue(x, image) : 'a uri that is not a string';
          if (issue) out.push({ path: at, message: issue });
        } else walk(x, at, image || k === 'images');
      }
  };
  walk(json, '', false);
  return out;
}
