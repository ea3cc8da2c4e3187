/**
 * The CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/) for DOM unit
 * tests, since happy-dom has none: `CSS.highlights` is a Map from name to highlight, and a
 * highlight a Set of its ranges, as the real registry is maplike and a real highlight setlike.
 * Plain TypeScript with no test-runner imports, like the fake speech engine.
 */
export class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export interface FakeHighlights {
  readonly registry: Map<string, FakeHighlight>;
  /** The text each named highlight paints, for assertions. */
  readonly painted: () => Record<string, string[]>;
  readonly uninstall: () => void;
}

export function installFakeHighlights(): FakeHighlights {
  const registry = new Map<string, FakeHighlight>();
  // happy-dom's window.CSS is a getter that makes a new object on every read, so one object
  // with the registry stands in for it until uninstalled.
  const originalCss = Object.getOwnPropertyDescriptor(globalThis, "CSS");
  const css = Object.assign(globalThis.CSS, { highlights: registry });
  Object.defineProperty(globalThis, "CSS", { configurable: true, writable: true, value: css });
  Object.defineProperty(globalThis, "Highlight", { configurable: true, writable: true, value: FakeHighlight });
  return {
    registry,
    painted: () => Object.fromEntries([...registry].map(([name, highlight]) => [name, [...highlight].map((range) => (range as Range).toString())])),
    uninstall: () => {
      if (originalCss) Object.defineProperty(globalThis, "CSS", originalCss);
      else Reflect.deleteProperty(globalThis, "CSS");
      Reflect.deleteProperty(globalThis, "Highlight");
    },
  };
}
