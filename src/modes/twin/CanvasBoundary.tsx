/**
 * The guard around the 3D view: mounts its children (the Canvas) only when WebGL is available, and
 * when anything in them throws, hands the page to the 2D twin instead of leaving it blank.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { hasWebGL } from '../../platform/webgl.ts';
import { useTwin } from './twinState.ts';

interface Props {
  children: ReactNode;
}

export class CanvasBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: !hasWebGL() };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidMount(): void {
    // Probed only now in twin mode (see twinState): the twin loses its way back to 3D.
    if (this.state.failed) useTwin.getState().fail('no-webgl');
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('The 3D view failed; showing the text version.', error, info.componentStack);
    // A renderer that cannot get its context is WebGL missing after all (the probe was too optimistic).
    useTwin.getState().fail(/webgl/i.test(error.message) ? 'no-webgl' : 'crashed');
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
