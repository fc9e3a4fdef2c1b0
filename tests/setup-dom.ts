import "@testing-library/jest-dom";

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
