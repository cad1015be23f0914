/** Current rendering quality, 0 (lowest) … 1 (highest), set by the canvas's Quality monitor. */
export const quality = { level: 1 };
