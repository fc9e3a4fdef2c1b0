/**
 * The user guide's screenshots are taken by scripts/userGuideShots.ts on every test run (into a
 * temporary folder), so docs/user-guide.md's pictures are always ones the current pane can produce.
 */
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHOTS, takeUserGuideScreenshots } from "../../scripts/userGuideShots";
import { e2eDescribe } from "./browser";

jest.setTimeout(120_000);

e2eDescribe("user guide screenshots", () => {
  it("takes every screenshot the guide shows, in English and Chinese", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-"));
    const files = await takeUserGuideScreenshots(dir);
    const expected = ["en", "zh"].flatMap((lang) =>
      SHOTS.map((s) => join(dir, `${lang}-${s}.png`))
    );
    expect(files).toEqual(expected);
    for (const file of files) expect(statSync(file).size).toBeGreaterThan(20_000);
  });
});
