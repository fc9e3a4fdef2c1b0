/** Sample drafts are bundled as text (webpack asset/source; a Jest transform in tests). */
declare module "*.draft.md" {
  const text: string;
  export default text;
}
