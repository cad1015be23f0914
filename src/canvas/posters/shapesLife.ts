/**
 * The pictograms of people and their lives: a parent and child, a group, briefcase, exam sheet,
 * graduation cap, book, heart, organisation chart, medal, road sign with a walker, dog, horse.
 * Each in the box of ./pen.ts, solid in the ink colour.
 */
import { box, fillBox, circle, fillWith, line, person, poly, star, TAU, type Shape } from './pen.ts';

export const LIFE: Record<
  | 'child'
  | 'people'
  | 'briefcase'
  | 'clipboard'
  | 'graduation'
  | 'book'
  | 'heart'
  | 'org-chart'
  | 'medal'
  | 'road-sign'
  | 'dog'
  | 'horse',
  Shape
> = {
  child(c) {
    person(c, -16, 46, 1.1);
    person(c, 22, 46, 0.7);
  },
  people(c) {
    person(c, -28, 44, 0.8);
    person(c, 28, 44, 0.8);
    person(c, 0, 46, 1.05);
  },
  briefcase(c, ink, paper) {
    c.lineWidth = 7;
    box(c, -14, -36, 28, 20, 5);
    c.stroke();
    box(c, -46, -22, 92, 62, 7);
    c.fill();
    c.strokeStyle = paper;
    c.lineWidth = 4;
    line(c, -46, 0, 46, 0);
    c.strokeStyle = ink;
    box(c, -7, -6, 14, 12, 2);
    c.fill();
  },
  clipboard(c, ink, paper) {
    box(c, -32, -42, 64, 88, 6);
    c.fill();
    box(c, -24, -30, 48, 68, 2);
    fillWith(c, paper, ink);
    box(c, -14, -48, 28, 14, 4);
    c.fill();
    c.lineWidth = 5;
    for (const y of [-16, 2, 20]) {
      line(c, -18, y, -13, y + 5, -5, y - 5);
      line(c, 2, y, 18, y);
    }
  },
  graduation(c) {
    poly(c, 0, -34, 50, -14, 0, 6, -50, -14);
    c.fill();
    poly(c, -28, -2, 0, 10, 28, -2, 28, 20, 0, 30, -28, 20);
    c.fill();
    c.lineWidth = 4;
    line(c, 40, -10, 40, 22);
    box(c, 35, 20, 10, 14, 3);
    c.fill();
  },
  book(c, ink, paper) {
    poly(c, -48, -32, -4, -26, -4, 40, -48, 32);
    c.fill();
    poly(c, 48, -32, 4, -26, 4, 40, 48, 32);
    c.fill();
    c.lineWidth = 4;
    c.strokeStyle = paper;
    for (const y of [-14, -2, 10]) {
      line(c, -38, y - 4, -14, y);
      line(c, 14, y, 38, y - 4);
    }
    c.strokeStyle = ink;
  },
  heart(c) {
    c.beginPath();
    c.moveTo(0, 42);
    c.bezierCurveTo(-60, 0, -40, -50, 0, -22);
    c.bezierCurveTo(40, -50, 60, 0, 0, 42);
    c.fill();
  },
  'org-chart'(c) {
    box(c, -16, -46, 32, 24, 4);
    c.fill();
    c.lineWidth = 5;
    line(c, 0, -22, 0, -4);
    line(c, -34, 8, -34, -4, 34, -4, 34, 8);
    line(c, 0, -4, 0, 8);
    for (const x of [-34, 0, 34]) fillBox(c, x - 14, 8, 28, 22, 4);
  },
  medal(c, ink, paper) {
    poly(c, -26, -46, -8, -46, 8, -10, -8, -4);
    c.fill();
    poly(c, 26, -46, 8, -46, -8, -10, 8, -4);
    c.fill();
    circle(c, 0, 16, 28);
    c.fill();
    star(c, 0, 17, 16);
    fillWith(c, paper, ink);
  },
  'road-sign'(c, ink, paper) {
    c.lineJoin = 'round';
    c.lineWidth = 8;
    poly(c, 0, -44, 48, 40, -48, 40);
    c.fill();
    c.stroke();
    poly(c, 0, -26, 33, 31, -33, 31);
    fillWith(c, paper, ink);
    // A walker on a zebra crossing.
    for (const x of [-20, -8, 4, 16]) fillBox(c, x, 22, 7, 5, 1);
    circle(c, 2, -10, 5);
    c.fill();
    c.lineWidth = 5;
    line(c, 0, -3, -3, 10, -10, 19);
    line(c, -3, 10, 6, 19);
    line(c, -9, 3, 0, -1, 8, 5);
  },
  dog(c) {
    c.beginPath();
    c.ellipse(-4, 4, 28, 13, 0, 0, TAU);
    c.fill();
    circle(c, 28, -16, 12);
    c.fill();
    poly(c, 32, -22, 48, -14, 46, -6, 30, -8);
    c.fill();
    poly(c, 20, -24, 24, -40, 30, -26);
    c.fill();
    poly(c, 14, -6, 24, -12, 28, 2, 18, 6);
    c.fill();
    for (const x of [-26, -16, 8, 18]) fillBox(c, x, 8, 7, 32, 3);
    c.lineWidth = 5;
    line(c, -30, 0, -42, -16);
  },
  horse(c) {
    c.beginPath();
    c.ellipse(-4, 2, 28, 14, 0, 0, TAU);
    c.fill();
    poly(c, 10, -8, 24, -34, 34, -30, 26, 0);
    c.fill();
    poly(c, 22, -38, 30, -44, 48, -26, 42, -20, 30, -28);
    c.fill();
    for (const x of [-28, -18, 10, 20]) fillBox(c, x, 8, 6, 36, 3);
    poly(c, -30, -4, -44, 0, -46, 28, -38, 6);
    c.fill();
  },
};
