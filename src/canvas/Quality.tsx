/**
 * Adapts rendering cost to the device, live (the Canvas never remounts): the pixel ratio steps down
 * when frames are slow and back up when there is room; at the lowest step stand detail comes in
 * closer. Decisions come from drei's PerformanceMonitor (frame-rate bounds over a few seconds).
 */
import { useState } from 'react';
import { PerformanceMonitor } from '@react-three/drei/core/PerformanceMonitor.js';
import { useThree } from '@react-three/fiber';
import { quality } from '../state/frame.ts';

const STEPS = [0.75, 1, 1.25, 1.5, 2];

export function Quality() {
  const setDpr = useThree((s) => s.setDpr);
  const deviceRatio = Math.min(2, typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);
  const top = STEPS.filter((s) => s <= deviceRatio).length - 1;
  const [step, setStep] = useState(top);
  const apply = (next: number) => {
    const clamped = Math.max(0, Math.min(top, next));
    setStep(clamped);
    quality.level = clamped / Math.max(1, top);
    setDpr(STEPS[clamped]!);
  };
  return (
    <PerformanceMonitor
      ms={400}
      iterations={6}
      bounds={(refresh) => (refresh > 90 ? [55, 85] : [40, 57])}
      flipflops={6}
      onDecline={() => apply(step - 1)}
      onIncline={() => apply(step + 1)}
      onFallback={() => apply(0)}
    />
  );
}
