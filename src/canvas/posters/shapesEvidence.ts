/**
 * The pictograms of evidence and of the law: fingerprint, DNA helix, target, magnifier, forged document,
 * handcuffs, bomb, blood drop, police badge, shield, scales of justice.
 * Each in the box of ./pen.ts, solid in the ink colour.
 */
import { box, circle, fillWith, line, poly, star, TAU, type Shape } from './pen.ts';

export const EVIDENCE: Record<
  | 'fingerprint'
  | 'dna'
  | 'target'
  | 'magnifier'
  | 'document'
  | 'handcuffs'
  | 'bomb'
  | 'blood-drop'
  | 'badge'
  | 'shield'
  | 'scales',
  Shape
> = {
  fingerprint(c) {
    c.lineWidth = 5;
    for (let r = 8; r <= 44; r += 9) {
      c.beginPath();
      c.ellipse(0, 4, r * 0.78, r, 0, Math.PI * 0.95, Math.PI * 2.05 + r / 90);
      c.stroke();
    }
    line(c, 0, -4, 0, 14);
  },
  dna(c) {
    c.lineWidth = 6;
    for (const phase of [0, Math.PI]) {
      c.beginPath();
      for (let i = 0; i <= 24; i++) {
        const y = -46 + (92 * i) / 24;
        const x = Math.sin((y / 92) * TAU * 1.2 + phase) * 24;
        if (i) c.lineTo(x, y);
        else c.moveTo(x, y);
      }
      c.stroke();
    }
    c.lineWidth = 4;
    for (let y = -40; y <= 40; y += 10) line(c, Math.sin((y / 92) * TAU * 1.2) * 24, y, -Math.sin((y / 92) * TAU * 1.2) * 24, y);
  },
  target(c) {
    c.lineWidth = 6;
    for (const r of [40, 25]) {
      circle(c, 0, 0, r);
      c.stroke();
    }
    circle(c, 0, 0, 10);
    c.fill();
    line(c, -48, 0, -30, 0);
    line(c, 30, 0, 48, 0);
    line(c, 0, -48, 0, -30);
    line(c, 0, 30, 0, 48);
  },
  magnifier(c) {
    c.lineWidth = 9;
    circle(c, -9, -9, 26);
    c.stroke();
    c.lineWidth = 14;
    line(c, 12, 12, 38, 38);
  },
  document(c, ink, paper) {
    poly(c, -32, -46, 14, -46, 32, -28, 32, 46, -32, 46);
    c.fill();
    poly(c, 14, -46, 14, -28, 32, -28);
    fillWith(c, paper, ink);
    c.lineWidth = 5;
    c.strokeStyle = paper;
    for (const y of [-22, -10, 2]) line(c, -22, y, 18, y);
    // A seal that does not match: a cross through it.
    circle(c, 8, 26, 11);
    c.stroke();
    line(c, -2, 16, 18, 36);
    c.strokeStyle = ink;
  },
  handcuffs(c) {
    // Two cuffs, a lock on top of each, a chain between the locks.
    c.lineWidth = 8;
    for (const x of [-25, 25]) {
      circle(c, x, 18, 17);
      c.stroke();
      box(c, x - 9, -14, 18, 16, 3);
      c.fill();
    }
    c.lineWidth = 4;
    for (const x of [-9, 0, 9]) {
      c.beginPath();
      c.ellipse(x, -6, 5.5, 3.5, 0, 0, Math.PI * 2);
      c.stroke();
    }
  },
  bomb(c) {
    circle(c, -6, 10, 32);
    c.fill();
    box(c, 6, -30, 20, 16, 4);
    c.fill();
    c.lineWidth = 5;
    c.beginPath();
    c.moveTo(18, -28);
    c.quadraticCurveTo(26, -44, 38, -38);
    c.stroke();
    for (let i = 0; i < 6; i++) {
      const a = (i * TAU) / 6;
      line(c, 40 + Math.cos(a) * 4, -40 + Math.sin(a) * 4, 40 + Math.cos(a) * 10, -40 + Math.sin(a) * 10);
    }
  },
  'blood-drop'(c, ink, paper) {
    c.beginPath();
    c.moveTo(0, -46);
    c.bezierCurveTo(10, -26, 32, -6, 32, 14);
    c.arc(0, 14, 32, 0, Math.PI);
    c.bezierCurveTo(-32, -6, -10, -26, 0, -46);
    c.fill();
    box(c, -4, 2, 8, 28, 2);
    fillWith(c, paper, ink);
    box(c, -14, 12, 28, 8, 2);
    fillWith(c, paper, ink);
  },
  badge(c, ink, paper) {
    star(c, 0, 2, 48, 6);
    c.fill();
    circle(c, 0, 2, 18);
    fillWith(c, paper, ink);
    star(c, 0, 3, 12);
    c.fill();
  },
  shield(c, ink, paper) {
    c.beginPath();
    c.moveTo(0, -46);
    c.lineTo(40, -32);
    c.quadraticCurveTo(40, 24, 0, 48);
    c.quadraticCurveTo(-40, 24, -40, -32);
    c.closePath();
    c.fill();
    star(c, 0, -2, 18);
    fillWith(c, paper, ink);
  },
  scales(c) {
    c.lineWidth = 6;
    line(c, 0, -40, 0, 38);
    line(c, -38, -28, 38, -28);
    box(c, -22, 36, 44, 8, 3);
    c.fill();
    c.lineWidth = 3;
    for (const x of [-34, 34]) {
      line(c, x, -28, x - 14, 6);
      line(c, x, -28, x + 14, 6);
      c.beginPath();
      c.arc(x, 6, 17, 0, Math.PI);
      c.closePath();
      c.fill();
    }
    circle(c, 0, -40, 6);
    c.fill();
  },
};
