/**
 * A QR code drawn as SVG from the `qrcode` package's matrix (no canvas, no markup strings): one path
 * of dark modules with the quiet zone the standard asks for, so a phone reads it off a kiosk's glass.
 * The URL is printed under it for those who type.
 */
import { useMemo } from 'react';
import QRCode from 'qrcode';
import './qr.css';

/** Modules of quiet zone round the code (the standard's minimum is 4). */
const QUIET = 4;

/** The dark modules as one SVG path, in module units. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!modules.get(r, c)) continue;
      // Runs of dark modules in a row become one rectangle: a third of the path for typical codes.
      let run = 1;
      while (c + run < n && modules.get(r, c + run)) run++;
      d += `M${c + QUIET} ${r + QUIET}h${run}v1h-${run}z`;
      c += run - 1;
    }
  }
  return { size: n + 2 * QUIET, d };
}

export function QrCode({ url, label, size = 168 }: { url: string; label: string; size?: number }) {
  const { size: n, d } = useMemo(() => qrPath(url), [url]);
  return (
    <figure className="qr" data-testid="qr-code" data-url={url}>
      <svg viewBox={`0 0 ${n} ${n}`} width={size} height={size} role="img" aria-label={label} shapeRendering="crispEdges">
        <rect width={n} height={n} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption dir="ltr">{url.replace(/^https?:\/\//, '')}</figcaption>
    </figure>
  );
}
