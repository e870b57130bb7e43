/** Accessibility assertions for the widgets' browser tests. */
// axe-core ships UMD only: imported for its side effect, it installs `window.axe`.
import 'axe-core';
import type * as Axe from 'axe-core';
import { expect } from 'chai';

function axe(): typeof Axe {
  return (globalThis as typeof globalThis & { axe: typeof Axe }).axe;
}

/**
 * Runs axe-core's default rules (WCAG A/AA and best practices, not the experimental ones) on `element`, its
 * shadow trees included, and fails with a readable list when any is violated. `region` is off because a
 * fixture is not a page.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await axe().run(element, {
    rules: { region: { enabled: false } },
  });
  const report = violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, report.join('\n\n')).to.deep.equal([]);
}
