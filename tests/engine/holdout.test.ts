/**
 * Held-out contracts (tests/fixtures/holdout/): written after the rules, by people who never saw the
 * rules, and never used to tune them. Their per-topic scores are printed for the record; the gate is
 * only the overall verdict agreement, so a regression shows without tuning the rules to these files.
 */
import { existsSync } from "node:fs";
import { formatScores, loadCorpus, missedValues, scoreTopic, TOPIC_IDS } from "./corpusScore";

const DIR = "tests/fixtures/holdout";
const corpus = existsSync(DIR) ? loadCorpus(DIR) : [];

(corpus.length ? describe : describe.skip)("held-out contracts", () => {
  it("agrees with the hand-written verdicts on at least 80% of topic verdicts overall", () => {
    const scores = TOPIC_IDS.map((topic) => scoreTopic(corpus, topic));
    const judged = corpus.length * TOPIC_IDS.length;
    const wrong = scores.reduce((n, s) => n + s.misses.length, 0);
    console.log(
      `${formatScores(`Held-out: ${corpus.length} contracts, agreement ${(1 - wrong / judged).toFixed(2)}`, scores)}\n` +
        `values not read: ${missedValues(corpus).join("; ") || "none"}`
    );
    expect(1 - wrong / judged).toBeGreaterThanOrEqual(0.8);
  });
});
