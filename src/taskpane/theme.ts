/**
 * The pane follows Office's theme: Office.context.officeTheme gives the colours of the Office UI
 * around the pane. A dark body background picks Fluent's dark theme; Windows high contrast (the web
 * view's forced-colors mode) picks the high-contrast theme; anything else the light theme.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "hc";

/**
 * The theme's tokens. Light is in the pane's bundle; dark and high contrast (some 20 KB each) are
 * loaded when Office asks for them, before the pane first renders, so there is no flash of light.
 */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  try {
    if (name === "dark") {
      const { webDarkTheme } = await import(
        /* webpackChunkName: "themes" */ "@fluentui/react-components"
      );
      return webDarkTheme;
    }
    if (name === "hc") {
      const { teamsHighContrastTheme } = await import(
        /* webpackChunkName: "themes" */ "@fluentui/react-components"
      );
      return teamsHighContrastTheme;
    }
  } catch {
    // The chunk could not be loaded: a light pane is better than none.
  }
  return webLightTheme;
}

/** The parts of Office.OfficeTheme read here (all optional: older hosts leave some out). */
export type OfficeThemeColours = {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  /** A method in newer Office.js, absent in older. */
  isDarkTheme?: boolean | (() => boolean);
};

/** Relative luminance (0 black … 1 white) of a #rgb / #rrggbb colour; null if unreadable. */
export function luminance(colour: string | undefined): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour?.trim() ?? "")?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeNameFor(
  office: OfficeThemeColours | null | undefined,
  forcedColors = false
): ThemeName {
  // Windows high contrast reaches the pane's web view as forced colours: the one reliable sign
  // (Office's own Black theme is dark, not high contrast).
  if (forcedColors) return "hc";
  if (!office) return "light";
  // The body background decides (darker than mid-grey: dark); isDarkTheme() where it is unreadable.
  const body = luminance(office.bodyBackgroundColor);
  if (body !== null) return body < 0.18 ? "dark" : "light";
  try {
    const dark =
      typeof office.isDarkTheme === "function" ? office.isDarkTheme() : office.isDarkTheme;
    return dark === true ? "dark" : "light";
  } catch {
    return "light";
  }
}

/** The workbench's `theme=dark|hc` URL parameter; anything else is light. */
export function themeNameFromParam(value: string | null): ThemeName {
  return value === "dark" || value === "hc" ? value : "light";
}
