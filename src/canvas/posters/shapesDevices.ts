/**
 * The pictograms of devices, documents and vehicles: chip, phone, computer, video wall, drone, radio,
 * camera, traffic light, siren, identity card, passport, plane, globe, car, motorbike.
 * Each in the box of ./pen.ts, solid in the ink colour.
 */
import { box, fillBox, circle, fillWith, line, poly, TAU, type Shape } from './pen.ts';

export const DEVICES: Record<
  | 'chip'
  | 'phone'
  | 'computer'
  | 'video-wall'
  | 'drone'
  | 'radio'
  | 'camera'
  | 'traffic-light'
  | 'siren'
  | 'id-card'
  | 'passport'
  | 'plane'
  | 'globe'
  | 'car'
  | 'motorbike',
  Shape
> = {
  chip(c, ink, paper) {
    c.lineWidth = 5;
    for (const k of [-16, 0, 16]) {
      line(c, k, -44, k, 44);
      line(c, -44, k, 44, k);
    }
    box(c, -30, -30, 60, 60, 8);
    c.fill();
    box(c, -16, -16, 32, 32, 4);
    fillWith(c, paper, ink);
    box(c, -8, -8, 16, 16, 2);
    c.fill();
  },
  phone(c, ink, paper) {
    box(c, -24, -46, 48, 92, 9);
    c.fill();
    box(c, -17, -36, 34, 62, 3);
    fillWith(c, paper, ink);
    circle(c, 0, 36, 5);
    fillWith(c, paper, ink);
    for (const [x, y] of [
      [-8, -24],
      [8, -24],
      [-8, -8],
      [8, -8],
    ])
      fillBox(c, x! - 5, y! - 5, 10, 10, 2);
  },
  computer(c, ink, paper) {
    box(c, -46, -40, 92, 62, 6);
    c.fill();
    box(c, -38, -32, 76, 46, 2);
    fillWith(c, paper, ink);
    poly(c, -10, 22, 10, 22, 16, 38, -16, 38);
    c.fill();
    box(c, -28, 38, 56, 7, 3);
    c.fill();
    // A padlock on the screen: the computer kept safe.
    box(c, -11, -12, 22, 18, 3);
    c.fill();
    c.lineWidth = 5;
    c.beginPath();
    c.arc(0, -12, 7, Math.PI, TAU);
    c.stroke();
  },
  'video-wall'(c) {
    for (const x of [-46, -15, 16]) for (const y of [-40, -14]) fillBox(c, x, y, 29, 23, 3);
    box(c, -4, 12, 8, 22, 2);
    c.fill();
    box(c, -26, 34, 52, 8, 3);
    c.fill();
  },
  drone(c) {
    c.lineWidth = 7;
    line(c, -30, -22, 30, 22);
    line(c, 30, -22, -30, 22);
    c.lineWidth = 5;
    for (const [x, y] of [
      [-30, -22],
      [30, -22],
      [-30, 22],
      [30, 22],
    ]) {
      circle(c, x!, y!, 15);
      c.stroke();
    }
    box(c, -13, -10, 26, 20, 6);
    c.fill();
  },
  radio(c, ink, paper) {
    box(c, 4, -48, 9, 26, 3);
    c.fill();
    box(c, -20, -26, 40, 72, 7);
    c.fill();
    c.lineWidth = 4;
    c.strokeStyle = paper;
    for (const y of [-14, -6, 2]) line(c, -11, y, 11, y);
    c.strokeStyle = ink;
    box(c, -11, 14, 22, 14, 2);
    fillWith(c, paper, ink);
  },
  camera(c, ink, paper) {
    box(c, -16, -34, 32, 14, 4);
    c.fill();
    box(c, -44, -24, 88, 56, 9);
    c.fill();
    circle(c, 0, 4, 19);
    fillWith(c, paper, ink);
    circle(c, 0, 4, 11);
    c.fill();
    box(c, 26, -17, 10, 7, 2);
    fillWith(c, paper, ink);
  },
  'traffic-light'(c, ink, paper) {
    box(c, -20, -48, 40, 96, 9);
    c.fill();
    for (const y of [-27, 0, 27]) {
      circle(c, 0, y, 10);
      fillWith(c, paper, ink);
    }
  },
  siren(c) {
    box(c, -34, 24, 68, 16, 4);
    c.fill();
    c.beginPath();
    c.moveTo(-24, 24);
    c.lineTo(-24, 0);
    c.arc(0, 0, 24, Math.PI, TAU);
    c.lineTo(24, 24);
    c.closePath();
    c.fill();
    c.lineWidth = 6;
    line(c, 0, -34, 0, -46);
    line(c, -30, -22, -40, -32);
    line(c, 30, -22, 40, -32);
    line(c, -36, 2, -48, 0);
    line(c, 36, 2, 48, 0);
  },
  'id-card'(c, ink, paper) {
    box(c, -48, -32, 96, 64, 7);
    c.fill();
    box(c, -40, -22, 30, 42, 3);
    fillWith(c, paper, ink);
    circle(c, -25, -8, 7);
    c.fill();
    box(c, -34, 2, 18, 14, 5);
    c.fill();
    c.lineWidth = 5;
    c.strokeStyle = paper;
    for (const [y, len] of [
      [-14, 34],
      [-2, 28],
      [10, 34],
    ])
      line(c, 2, y!, 2 + len!, y!);
    c.strokeStyle = ink;
  },
  passport(c, ink, paper) {
    box(c, -32, -44, 64, 88, 6);
    c.fill();
    c.strokeStyle = paper;
    c.lineWidth = 4;
    circle(c, 0, -8, 16);
    c.stroke();
    c.beginPath();
    c.ellipse(0, -8, 7, 16, 0, 0, TAU);
    c.stroke();
    line(c, -16, -8, 16, -8);
    line(c, -14, 24, 14, 24);
    c.strokeStyle = ink;
    box(c, -6, 30, 12, 8, 2);
    fillWith(c, paper, ink);
  },
  plane(c) {
    box(c, -6, -46, 12, 88, 6);
    c.fill();
    poly(c, -46, 8, -6, -16, 6, -16, 46, 8, 46, 14, 6, 4, -6, 4, -46, 14);
    c.fill();
    poly(c, -20, 40, -5, 28, 5, 28, 20, 40, 20, 44, -20, 44);
    c.fill();
  },
  globe(c) {
    c.lineWidth = 5;
    circle(c, 0, 0, 42);
    c.stroke();
    c.beginPath();
    c.ellipse(0, 0, 18, 42, 0, 0, TAU);
    c.stroke();
    line(c, -42, 0, 42, 0);
    line(c, -36, -20, 36, -20);
    line(c, -36, 20, 36, 20);
  },
  car(c, ink, paper) {
    box(c, -10, -34, 20, 8, 3);
    c.fill();
    c.beginPath();
    c.moveTo(-48, 18);
    c.lineTo(-46, -2);
    c.lineTo(-28, -6);
    c.lineTo(-16, -26);
    c.lineTo(18, -26);
    c.lineTo(32, -6);
    c.lineTo(46, -2);
    c.lineTo(48, 18);
    c.closePath();
    c.fill();
    poly(c, -12, -20, -2, -20, -2, -7, -22, -7);
    fillWith(c, paper, ink);
    poly(c, 4, -20, 15, -20, 25, -7, 4, -7);
    fillWith(c, paper, ink);
    for (const x of [-28, 28]) {
      circle(c, x, 20, 13);
      fillWith(c, paper, ink);
      circle(c, x, 20, 9);
      c.fill();
    }
  },
  motorbike(c) {
    c.lineWidth = 7;
    for (const x of [-30, 30]) {
      circle(c, x, 20, 16);
      c.stroke();
    }
    poly(c, -30, 20, -18, -2, 14, -2, 30, 20, 20, 20, 6, 6, -12, 6);
    c.fill();
    box(c, -22, -12, 24, 8, 4);
    c.fill();
    line(c, 14, -2, 22, -22, 32, -22);
  },
};
