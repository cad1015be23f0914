/** One preview server for the whole browser suite. */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPreview, type Server } from '../../tools/browser/server.ts';

let server: Server | undefined;

export async function setup(project: TestProject) {
  server = await startPreview();
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
