import {
  createFakeWord,
  FakeDocument,
  type FakeWordOptions,
  type ParagraphInit,
  type RichApiError,
} from "../../../src/workbench/fakeWord";

/** A fake Word over the given paragraphs. */
export function fakeWordOf(paragraphs: (string | ParagraphInit)[], options?: FakeWordOptions) {
  const doc = FakeDocument.fromParagraphs(paragraphs);
  return { doc, ...createFakeWord(doc, options) };
}

/** The rejection of a promise (fails the test if it resolves), typed as the fake's Word error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<RichApiError> {
  try {
    await promise;
  } catch (error) {
    return error as RichApiError;
  }
  throw new Error("expected the promise to reject");
}

/** What a synchronous call throws (fails the test if it does not throw). */
export function thrownBy(action: () => unknown): RichApiError {
  try {
    action();
  } catch (error) {
    return error as RichApiError;
  }
  throw new Error("expected the call to throw");
}
