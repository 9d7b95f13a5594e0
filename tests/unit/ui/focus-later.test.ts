import { afterEach, describe, expect, test, vi } from 'vitest';
import { focusLater } from '../../../src/ui/focusLater.ts';

/** A stand-in for a focusable element: focusing it makes it the document's active element. */
function element(doc: { activeElement: unknown }, connected = true) {
  const el = { isConnected: connected, focus: vi.fn(() => (doc.activeElement = el)) };
  return el;
}

describe('focusLater', () => {
  afterEach(() => vi.unstubAllGlobals());
  const setup = () => {
    const doc: { activeElement: unknown; body: object } = { activeElement: null, body: {} };
    let frame: (() => void) | undefined;
    vi.stubGlobal('document', doc);
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => (frame = f));
    return { doc, runFrame: () => frame?.() };
  };

  test('focuses the target in the next frame when the focus stayed where it was, or fell to the page', () => {
    const { doc, runFrame } = setup();
    const button = element(doc);
    const target = element(doc);
    doc.activeElement = button;
    focusLater(() => target as unknown as HTMLElement);
    expect(target.focus).not.toHaveBeenCalled(); // not before the frame: it may not be there yet
    runFrame();
    expect(target.focus).toHaveBeenCalledOnce();

    doc.activeElement = button;
    focusLater(() => target as unknown as HTMLElement);
    doc.activeElement = doc.body; // the button went away with the render
    runFrame();
    expect(target.focus).toHaveBeenCalledTimes(2);
  });

  test('leaves the focus alone when the person moved it meanwhile, and copes with a target that is not there', () => {
    const { doc, runFrame } = setup();
    const [button, other, target] = [element(doc), element(doc), element(doc)];
    doc.activeElement = button;
    focusLater(() => target as unknown as HTMLElement);
    doc.activeElement = other; // typing in another field already
    runFrame();
    expect(target.focus).not.toHaveBeenCalled();
    expect(doc.activeElement).toBe(other);

    doc.activeElement = button;
    focusLater(() => null);
    expect(() => runFrame()).not.toThrow();
  });
});
