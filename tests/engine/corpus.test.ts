/**
 * The golden corpus: contracts we wrote (tests/fixtures/contracts/*.draft.md), each with a hand-written
 * expected verdict for every playbook topic and the values a reader should find (*.expected.json).
 * Prints per-topic precision and recall; fails below 0.9 for either on any topic.
 */
import { formatScores, loadCorpus, missedValues, scoreTopic, TOPIC_IDS } from "./corpusScore";

const MIN = 0.9;
const corpus = loadCorpus("tests/fixtures/contracts");
const scores = TOPIC_IDS.map((topic) => scoreTopic(corpus, topic));

describe("golden corpus", () => {
  it("has at least 8 Chinese and 8 English contracts, each with a verdict for every topic", () => {
    expect(corpus.filter((c) => c.expected.language === "zh").length).toBeGreaterThanOrEqual(8);
    expect(corpus.filter((c) => c.expected.language === "en").length).toBeGreaterThanOrEqual(8);
    for (const { name, expected, report } of corpus) {
      expect({ name, topics: Object.keys(expected.topics).sort() }).toEqual({
        name,
        topics: [...TOPIC_IDS].sort(),
      });
      expect({ name, language: report.language }).toEqual({ name, language: expected.language });
    }
  });

  it("prints per-topic precision and recall", () => {
    console.log(
      formatScores(`Corpus: ${corpus.length} contracts, ${TOPIC_IDS.length} topics`, scores)
    );
  });

  it.each(scores.map((s) => [s.topic, s] as const))(
    `%s: precision and recall at least ${MIN}`,
    (_, score) => {
      expect({ ...score, precision: score.precision >= MIN, recall: score.recall >= MIN }).toEqual({
        ...score,
        precision: true,
        recall: true,
      });
    }
  );

  it("reads the values the contracts state", () => {
    expect(missedValues(corpus)).toEqual([]);
  });
});
