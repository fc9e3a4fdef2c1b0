import { reviewLines, topic } from "./reviewHelpers";

describe("term-renewal", () => {
  it("flags automatic renewal with 90 days' notice, quoting the numbers (English)", () => {
    const t = topic(
      reviewLines(
        "5.2 This Agreement shall automatically renew for successive one (1) year terms unless Customer gives notice of non-renewal at least ninety (90) days prior to expiry."
      ),
      "term-renewal"
    );
    expect(t.verdict).toBe("deviates");
    const [f] = t.findings;
    expect(f.severity).toBe("high");
    expect(f.values.cancellationNoticeDays).toMatchObject({ value: 90, unit: "day" });
    expect(f.message).toBe(
      "The contract renews automatically; cancellation notice: 90 days; playbook: at most 30 days, and renewal only on both parties' written confirmation."
    );
    expect(f.suggestion).toMatch(/both parties confirm its renewal in writing/);
  });

  it("reads 九十日 in a Chinese clause and answers in Chinese", () => {
    const report = reviewLines(
      "第五条 本协议期满前九十日内甲方未书面提出异议的，本协议自动续约一年，续约费用按乙方届时价格执行。"
    );
    expect(report.language).toBe("zh");
    const t = topic(report, "term-renewal");
    expect(t.findings.map((f) => f.reason.code).sort()).toEqual([
      "notice-too-long",
      "renewal-price",
    ]);
    const notice = t.findings.find((f) => f.reason.code === "notice-too-long")!;
    expect(notice.values.cancellationNoticeDays.value).toBe(90);
    expect(notice.message).toContain("90日");
    expect(notice.suggestion).toMatch(/^本协议期限届满即终止/);
  });

  it("flags automatic renewal even with short notice when there is no written reminder", () => {
    const t = topic(
      reviewLines(
        "The Agreement renews automatically unless either party gives thirty (30) days' notice before expiry."
      ),
      "term-renewal"
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["automatic-renewal"]);
  });

  it("meets when renewal needs both parties' written confirmation", () => {
    const t = topic(
      reviewLines(
        "5.1 The initial term of this Agreement is one (1) year. It expires at the end of the term unless both parties confirm renewal in writing."
      ),
      "term-renewal"
    );
    expect(t.verdict).toBe("meets");
    expect(t.findings).toEqual([]);
  });

  it("is missing when nothing speaks of the term", () => {
    const t = topic(reviewLines("1. The Vendor provides CRM software."), "term-renewal");
    expect(t.verdict).toBe("missing");
    expect(t.severity).toBe("high");
    expect(t.suggestion).toMatch(/expires at the end of the Term/);
  });

  it("does not treat 'then-current term' as a price clause", () => {
    const t = topic(
      reviewLines(
        "5.3 A notice received during the then-current term takes effect at the end of the renewal term."
      ),
      "term-renewal"
    );
    expect(t.findings.filter((f) => f.reason.code === "renewal-price")).toEqual([]);
  });
});

describe("governing-law", () => {
  it("flags California law and Singapore arbitration", () => {
    const t = topic(
      reviewLines(
        "20.1 This Agreement is governed by the laws of the State of California. Disputes shall be resolved by arbitration in Singapore administered by SIAC."
      ),
      "governing-law"
    );
    expect(t.verdict).toBe("deviates");
    expect(t.findings.map((f) => f.reason.code)).toEqual(["foreign-law", "foreign-forum"]);
    expect(t.findings[0].values.governingLaw.value).toBe("State of California");
    expect(t.findings[1].values.forum.value).toBe("Singapore");
  });

  it("flags Hong Kong law in a Chinese clause even though Hong Kong is in China", () => {
    const t = topic(
      reviewLines("第二十条 本协议适用香港特别行政区法律，争议提交新加坡国际仲裁中心仲裁。"),
      "governing-law"
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["foreign-law", "foreign-forum"]);
    expect(t.findings[0].message).toBe(
      "适用法律：香港特别行政区；审查标准：适用中华人民共和国法律。"
    );
  });

  it("meets PRC law with a court at the customer's location", () => {
    const t = topic(
      reviewLines("第二十条 本协议适用中华人民共和国法律。争议由甲方所在地人民法院管辖。"),
      "governing-law"
    );
    expect(t.verdict).toBe("meets");
  });

  it("notes a court at the vendor's location as a medium risk", () => {
    const t = topic(
      reviewLines("第二十条 本协议适用中华人民共和国法律，争议提交乙方所在地人民法院诉讼解决。"),
      "governing-law"
    );
    expect(t.findings.map((f) => [f.reason.code, f.severity])).toEqual([
      ["vendor-forum", "medium"],
    ]);
  });

  it("is missing when no law or forum is named", () => {
    expect(
      topic(reviewLines("1. The Vendor provides CRM software."), "governing-law").verdict
    ).toBe("missing");
  });
});

describe("support-response", () => {
  it("flags 7×24 support that answers urgent faults in 48 hours (Chinese)", () => {
    const t = topic(
      reviewLines(
        "第九条 乙方提供7×24小时技术支持，紧急故障48小时内响应，一般问题5个工作日内答复。"
      ),
      "support-response"
    );
    expect(
      t.findings.map((f) => [f.reason.params.level, f.reason.params.hours, f.severity])
    ).toEqual([
      ["P1", 48, "high"],
      ["P3", 120, "medium"],
    ]);
    expect(t.findings[0].message).toBe("P1级问题响应时间：48小时；审查标准：不超过1小时。");
  });

  it("reads severities from a support table, row by row", () => {
    const report = reviewLines(
      "Severity | Response time",
      "Critical | 4 hours",
      "Ordinary | 2 business days"
    );
    expect(topic(report, "support-response").verdict).toBe("missing"); // plain lines are not a table
  });

  it("meets the playbook's 1 / 4 / 24 hours", () => {
    const t = topic(
      reviewLines(
        "8.2 Vendor shall respond to P1 incidents within one (1) hour, to P2 faults within four (4) hours and to P3 questions within 24 hours."
      ),
      "support-response"
    );
    expect(t.verdict).toBe("meets");
  });

  it("does not count resolution targets as response times", () => {
    const t = topic(
      reviewLines(
        "8.2 Vendor shall respond to urgent faults within 1 hour and resolve them within 8 hours."
      ),
      "support-response"
    );
    expect(t.verdict).toBe("meets");
  });

  it("flags a single response time with no severity levels", () => {
    const t = topic(
      reviewLines("8.1 Vendor will respond to support requests within 48 hours."),
      "support-response"
    );
    expect(t.findings.map((f) => f.reason.code)).toEqual(["no-severity-levels"]);
  });
});

describe("the report", () => {
  it("lists every playbook topic, unchecked ones as not-found", () => {
    const report = reviewLines("1. Hello.");
    expect(report.topics).toHaveLength(27);
    const unchecked = report.topics.filter((t) => !t.checked);
    expect(unchecked.every((t) => t.verdict === "not-found")).toBe(true);
  });

  it("anchors a finding to its paragraph with a quote that is really there", () => {
    const lines = ["1. Definitions.", "2. This Agreement is governed by the laws of New York."];
    const [f] = topic(reviewLines(...lines), "governing-law").findings;
    expect(f.anchor.paragraph).toBe(1);
    expect(lines[1].slice(f.anchor.start, f.anchor.end)).toBe(f.anchor.quote);
  });
});

describe("bilingual drafts", () => {
  it("words each finding in the language of its clause", () => {
    const report = reviewLines(
      "第五条 本协议期满前九十日内甲方未书面提出异议的，本协议自动续约一年。",
      "第六条 本协议的解释适用中华人民共和国法律。",
      "第七条 本协议以中文为准。",
      "20.1 This Agreement is governed by the laws of the State of New York."
    );
    expect(report.language).toBe("zh");
    const [renewal] = topic(report, "term-renewal").findings;
    const [law] = topic(report, "governing-law").findings;
    expect(renewal.message).toMatch(/^合同自动续约/);
    expect(law.message).toBe(
      "Governing law: State of New York; playbook: the laws of the People's Republic of China."
    );
    expect(law.suggestion).toMatch(
      /^This Agreement is governed by the laws of the People's Republic of China/
    );
  });
});

describe("Traditional Chinese", () => {
  it("reads a Traditional-Chinese draft with the same rules", () => {
    const report = reviewLines(
      "第五條 本協議期滿前九十（90）日內甲方未以書面提出異議者，本協議自動續約一年。",
      "第九條 乙方提供7×24小時技術支援，緊急故障於48小時內響應。",
      "第二十條 本協議之準據法為香港特別行政區法律，爭議提交新加坡國際仲裁中心仲裁。"
    );
    expect(report.language).toBe("zh");
    expect(topic(report, "term-renewal").findings[0].values.cancellationNoticeDays.value).toBe(90);
    expect(topic(report, "support-response").findings[0].values.p1ResponseHours.value).toBe(48);
    expect(topic(report, "governing-law").findings.map((f) => f.reason.code)).toEqual([
      "foreign-law",
      "foreign-forum",
    ]);
  });
});
