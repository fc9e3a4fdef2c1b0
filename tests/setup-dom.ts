import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Under a loaded CI machine (2 cores, every suite in parallel) Fluent's dialogs and lazy views can take
// over the default 1 s to appear: wait up to 5 s for them, and give each test 30 s.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to wrap its actions.
// A do-nothing observer is enough: layout is not what these tests check.
if (!("ResizeObserver" in globalThis)) {
  class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver });
}
