/**
 * Every refusal the server writes says itself as a code too (issue 17): each `new AppError(...)`,
 * `conflict(...)` and `forbidden(message)` is followed by `.saying(code)`, and each
 * `badRequest(path, message)` gives its code as the third argument, so the interface can put it
 * in the reader's language. Read from the syntax tree of every server file, so a refusal added
 * without a code fails here, naming the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The factories whose results still need a code, and the one file that defines them. */
const NEEDS_SAYING = new Set(['conflict', 'forbidden']);
const DEFINED_IN = 'server/errors.ts';

function serverFiles(): string[] {
  return readdirSync(join(ROOT, 'server'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(ROOT, 'server', file));
}

/** Whether the call's value is passed on through `.saying(...)` (possibly after other calls on it). */
function isSaid(node: ts.Node): boolean {
  let current: ts.Node = node;
  for (;;) {
    const parent = current.parent;
    if (ts.isParenthesizedExpression(parent)) current = parent;
    else if (ts.isPropertyAccessExpression(parent) && parent.expression === current) {
      if (parent.name.text === 'saying') return true;
      const call = parent.parent;
      if (!ts.isCallExpression(call)) return false;
      current = call;
    } else return false;
  }
}

/**
 * Whether a problem written in place (`{ line, column, sheet, ...because(...) }`) carries a code:
 * a `messageCode` of its own or a spread (of `because(...)`, `fileProblem(...)`, or a problem
 * that has one). A problem passed by name is checked where it was made.
 */
function problemLiteralIsCoded(node: ts.Expression): boolean {
  // `{ ... } as X` or `({ ... })` is still the literal written in place.
  while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  if (!ts.isObjectLiteralExpression(node)) return true;
  return node.properties.some(
    (property) =>
      ts.isSpreadAssignment(property) ||
      ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
        ts.isIdentifier(property.name) &&
        property.name.text === 'messageCode'),
  );
}

/** A bare English sentence (a string or template, possibly cast), where a coded reason belongs. */
function isSentence(node: ts.Expression): boolean {
  while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
}

/** "server/x.ts:12: conflict(...)" for each refusal made without a code. */
export function uncodedRefusals(): string[] {
  const found: string[] = [];
  for (const file of serverFiles()) {
    const path = relative(ROOT, file);
    if (path === DEFINED_IN) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node, what: string) =>
      found.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'AppError' && !isSaid(node))
        report(node, 'new AppError(...) without .saying()');
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        if (NEEDS_SAYING.has(name) && node.arguments.length > 0 && !isSaid(node)) report(node, `${name}(...) without .saying()`);
        if (name === 'badRequest' && node.arguments.length < 3) report(node, 'badRequest(path, message) without its code');
      }
      // An import's whole-file refusal written in place: each problem in it says its code (refuse() and fileProblem() take only a coded Reason).
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        const [first, second] = node.arguments ?? [];
        if (node.expression.text === 'ImportRefused' && first && ts.isArrayLiteralExpression(first))
          for (const element of first.elements)
            if (!problemLiteralIsCoded(element)) report(element, 'an ImportRefused problem without a messageCode');
        if (node.expression.text === 'ImportNeedsMapping' && second && !problemLiteralIsCoded(second))
          report(second, 'an ImportNeedsMapping problem without a messageCode');
      }
      // A boundary import's reasons (issue 17): each problem or unmatched feature pushed onto a report says its code,
      // and a BoundaryRefused is made from a coded reason, never from a bare sentence.
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'push') {
        const list = node.expression.expression;
        const [item] = node.arguments;
        if (
          ts.isPropertyAccessExpression(list) &&
          ['problems', 'unmatched'].includes(list.name.text) &&
          item &&
          !problemLiteralIsCoded(item)
        )
          report(item, `a boundary report's ${list.name.text} entry without a messageCode`);
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'BoundaryRefused') {
        const [why] = node.arguments ?? [];
        if (why && (isSentence(why) || !problemLiteralIsCoded(why))) report(why, 'a BoundaryRefused without a coded reason');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('refusals carry a message code', () => {
  it('finds none made without one', () => {
    expect(uncodedRefusals()).toEqual([]);
  });
});
