/** Jest transform: a sample draft imports as its text, as webpack's asset/source does in the bundle. */
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
