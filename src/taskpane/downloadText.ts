/**
 * Saves text as a file through the browser's download: a local blob: URL made here and revoked after —
 * nothing is sent anywhere.
 */
export const HTML = "text/html;charset=utf-8";

export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task: the download has started from it by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
