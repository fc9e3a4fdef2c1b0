/** The pane's theme follows Office's; the workbench takes it from its URL. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { loadTheme, luminance, themeNameFor, themeNameFromParam } from "../../src/taskpane/theme";

describe("theme", () => {
  it("reads Office's body background: dark ones give the dark theme", () => {
    // Office's themes: Colorful / White (light), Dark Gray, Black.
    expect(themeNameFor({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "#444444" })).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "#000" })).toBe("dark");
  });

  it("falls back to isDarkTheme() when the colour is unreadable, and to light without either", () => {
    expect(themeNameFor({ bodyBackgroundColor: "", isDarkTheme: () => true })).toBe("dark");
    expect(themeNameFor({ isDarkTheme: false })).toBe("light");
    expect(themeNameFor(undefined)).toBe("light");
    expect(
      themeNameFor({
        isDarkTheme: () => {
          throw new Error("not supported");
        },
      })
    ).toBe("light");
  });

  it("chooses high contrast whenever Windows forces its colours", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("hc");
    expect(themeNameFor(undefined, true)).toBe("hc");
  });

  it("computes relative luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeNull();
  });

  it("takes the workbench's theme=dark|hc, light otherwise", () => {
    expect(themeNameFromParam("dark")).toBe("dark");
    expect(themeNameFromParam("hc")).toBe("hc");
    expect(themeNameFromParam("neon")).toBe("light");
    expect(themeNameFromParam(null)).toBe("light");
  });

  it("loads Fluent's themes", async () => {
    expect(await loadTheme("light")).toBe(webLightTheme);
    expect(await loadTheme("dark")).toBe(webDarkTheme);
    expect(await loadTheme("hc")).toBe(teamsHighContrastTheme);
  });
});
