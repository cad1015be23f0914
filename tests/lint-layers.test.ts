/**
 * The layers of the house are enforced by eslint (tools/lint/layers.js): each rule, given a file that
 * breaks it, fails with its own message, and the same file without the forbidden import passes.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The no-restricted-imports messages eslint gives `code` as if it were the file at `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** A file that imports `spec` and uses it, so no other rule complains. */
const importing = (spec: string) => `import * as it from '${spec}';\nexport const used = it;\n`;

const CASES: Array<{ rule: string; file: string; bad: string; good: string; message: RegExp }> = [
  {
    rule: 'the 3D side does not import the page',
    file: 'src/canvas/player/Bad.tsx',
    bad: '../../dom/FadeVeil.tsx',
    good: '../../state/fade.ts',
    message: /The page is reached through state/,
  },
  {
    rule: 'the page does not import the 3D side',
    file: 'src/dom/panel/Bad.tsx',
    bad: '../../canvas/World.tsx',
    good: '../../state/visit.ts',
    message: /The 3D side is reached through state/,
  },
  {
    rule: 'the page does not import a mode',
    file: 'src/dom/Bad.tsx',
    bad: '../modes/twin/twinState.ts',
    good: '../state/visit.ts',
    message: /A mode assembles layers/,
  },
  {
    rule: 'the headset logic does not import the 3D side',
    file: 'src/xr/Bad.ts',
    bad: '../canvas/World.tsx',
    good: '../walk/step.ts',
    message: /The 3D side is reached through state/,
  },
  {
    rule: 'the edition format does not import React',
    file: 'src/edition/bad.ts',
    bad: 'react',
    good: './geometry.ts',
    message: /shared with the Node tools: no React, three or store/,
  },
  {
    rule: 'the edition format does not import three',
    file: 'src/edition/bad.ts',
    bad: 'three',
    good: 'zod',
    message: /no React, three or store/,
  },
  {
    rule: 'the edition format does not import the store',
    file: 'src/edition/bad.ts',
    bad: '../state/visit.ts',
    good: './schema.ts',
    message: /imports nothing of the app/,
  },
  {
    rule: 'state does not import the interface',
    file: 'src/state/bad.ts',
    bad: '../canvas/models/DetailStreamer.tsx',
    good: './frame.ts',
    message: /The 3D side is reached through state/,
  },
  {
    rule: 'the automation interface reads no component file',
    file: 'src/automation/bad.ts',
    bad: '../modes/twin/Twin2D.tsx',
    good: '../state/frame.ts',
    message: /never a component file/,
  },
  {
    rule: 'the app does not import the tools',
    file: 'src/App.tsx',
    bad: '../tools/bench/budgets.ts',
    good: './state/visit.ts',
    message: /The app never imports the Node tools/,
  },
  {
    rule: 'the app does not import the tests',
    file: 'src/modes/twin/bad.ts',
    bad: '../../../tests/browser/visit.ts',
    good: '../../state/visit.ts',
    message: /The app never imports the tests/,
  },
  {
    rule: 'the tools do not import the tests',
    file: 'tools/bench/bad.ts',
    bad: '../../tests/browser/visit.ts',
    good: '../browser/page.ts',
    message: /The tools never import the tests/,
  },
];

describe('layers the linter enforces', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.file} importing ${c.bad} fails, importing ${c.good} passes`, async () => {
      const bad = await restricted(c.file, importing(c.bad));
      expect(
        bad.some((m) => c.message.test(m)),
        bad.join(' | ') || 'no message',
      ).toBe(true);
      expect(await restricted(c.file, importing(c.good))).toEqual([]);
    });
  }

  it('the tests may import the tools (shared browser helpers live there)', async () => {
    expect(await restricted('tests/browser/bad.test.ts', importing('../../tools/browser/page.ts'))).toEqual([]);
  });

  it('the code as it is passes every rule', async () => {
    const results = await eslint.lintFiles(['src', 'tools']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${path.relative(ROOT, r.filePath)}: ${m.message}`),
    );
    expect(broken).toEqual([]);
  });
});
