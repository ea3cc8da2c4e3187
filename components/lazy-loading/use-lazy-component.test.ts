// @vitest-environment happy-dom
import { act, createElement, Fragment } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveAnnouncer } from "@/components/layout/live-announcer";
import { useLazyComponent } from "./use-lazy-component";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

function Loaded({ label }: { label: string }) {
  return createElement("p", null, label);
}

type Load = () => Promise<typeof Loaded>;

/** "Point" stands for the pointing and focus that preload, "Open" for the press that shows. */
function Harness({ load, onLoaded }: { load: Load; onLoaded: () => void }) {
  const { Component, preload, show } = useLazyComponent(load, "Could not load.");
  return createElement(
    Fragment,
    null,
    createElement("button", { type: "button", onClick: preload }, "Point"),
    createElement("button", { type: "button", onClick: () => show(onLoaded) }, "Open"),
    Component ? createElement(Component, { label: "Shown" }) : null,
  );
}

let root: Root;
let container: HTMLElement;

function render(load: Load, onLoaded = () => {}) {
  act(() => root.render(createElement(LiveAnnouncer, null, createElement(Harness, { load, onLoaded }))));
}

async function press(name: string) {
  const button = [...container.querySelectorAll("button")].find((candidate) => candidate.textContent === name);
  await act(async () => button?.click());
}

/** The live announcer writes its message in the next animation frame. */
async function readLiveRegion() {
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return container.querySelector('[role="status"]')?.textContent;
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("useLazyComponent", () => {
  it("fetches on pointing without showing anything", async () => {
    const load = vi.fn(() => Promise.resolve(Loaded));
    render(load);
    await press("Point");
    expect(load).toHaveBeenCalledTimes(1);
    expect(container.querySelector("p")).toBeNull();
  });

  it("renders the fetched component when asked, then calls back", async () => {
    const load = vi.fn(() => Promise.resolve(Loaded));
    const onLoaded = vi.fn();
    render(load, onLoaded);
    await press("Open");
    expect(container.querySelector("p")?.textContent).toBe("Shown");
    expect(onLoaded).toHaveBeenCalledTimes(1);
  });

  it("says a failure in the live region when the reader asks, not when pointing", async () => {
    const load = vi.fn(() => Promise.reject(new Error("offline")));
    const onLoaded = vi.fn();
    render(load, onLoaded);
    await press("Point");
    expect(await readLiveRegion()).toBe("");
    await press("Open");
    expect(await readLiveRegion()).toBe("Could not load.");
    expect(onLoaded).not.toHaveBeenCalled();
    expect(container.querySelector("p")).toBeNull();
  });
});
