import { similarity, similarityTokens } from "../../../src/engine/compare";
import { normalizeForMatch } from "../../../src/engine/normalize";

const sim = (a: string, b: string) => similarity(normalizeForMatch(a), normalizeForMatch(b));

describe("similarity tokens", () => {
  it("reads English by word, without the function words every clause has", () => {
    expect(similarityTokens("the customer shall pay the fees within 30 days")).toEqual([
      "customer",
      "pay",
      "fees",
      "within",
      "30",
      "days",
    ]);
  });

  it("reads Chinese by overlapping character bigrams, and English words inside it", () => {
    expect(similarityTokens("甲方数据导出")).toEqual(["甲方", "方数", "数据", "据导", "导出"]);
    expect(similarityTokens("澜客crm平台")).toEqual(["澜客", "crm", "平台"]);
    expect(similarityTokens("甲")).toEqual(["甲"]);
  });
});

describe("similarity", () => {
  it("is 1 for the same words, whatever the case, width or script variant", () => {
    expect(sim("Customer may export its data.", "CUSTOMER may export its data.")).toBe(1);
    expect(sim("甲方可随时导出數據。", "甲方可随时导出数据。")).toBe(1);
  });

  it("stays high when a number changes in an English clause", () => {
    const s = sim(
      "Customer may cancel the renewal by written notice given at least thirty (30) days before the end of the term.",
      "Customer may cancel the renewal by written notice given at least ninety (90) days before the end of the term."
    );
    expect(s).toBeGreaterThan(0.8);
    expect(s).toBeLessThan(1);
  });

  it("stays high when a number changes in a Chinese clause", () => {
    const s = sim(
      "甲方可于服务期届满前至少三十（30）日书面通知乙方不再续约。",
      "甲方可于服务期届满前至少九十（90）日书面通知乙方不再续约。"
    );
    expect(s).toBeGreaterThan(0.85);
    expect(s).toBeLessThan(1);
  });

  it("is low for different clauses of the same contract, in either language", () => {
    expect(
      sim(
        "Customer may export all Customer Data at any time, free of charge, in CSV or Excel format.",
        "This Agreement is governed by the laws of the People's Republic of China."
      )
    ).toBeLessThan(0.2);
    expect(
      sim(
        "甲方可随时以CSV或Excel格式免费导出全部甲方数据。",
        "本协议的订立、效力、解释及履行适用中华人民共和国法律。"
      )
    ).toBeLessThan(0.2);
  });

  it("scores a half-rewritten clause near one half", () => {
    const s = sim(
      "Vendor shall respond to a P1 incident within one hour and resolve it within four hours.",
      "Vendor shall respond to a P1 incident within one hour; credits are listed in Schedule 3."
    );
    expect(s).toBeGreaterThan(0.4);
    expect(s).toBeLessThan(0.75);
  });
});
