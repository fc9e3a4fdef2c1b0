/**
 * Builds three pages into dist/: the task pane (taskpane.html, loaded by Word through manifest.xml),
 * the ribbon's function file (commands.html) and the workbench (workbench.html: the same pane beside
 * an in-memory Word document, for use without Word and for the end-to-end tests).
 */
const path = require("node:path");
const { DefinePlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest } = require("./scripts/productionManifest");
const { version } = require("./package.json");

const devCerts = () => {
  // Only the Word dev server needs HTTPS; office-addin-dev-certs installs a trusted localhost CA.
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  return getHttpsServerOptions();
};

/**
 * `npm run build -- --env url=https://host.example/path/` also writes dist/manifest.xml for that host
 * (docs/admin.md); without it dist/ has no manifest and the development one stays at the top level.
 */
module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const deployUrl = env.url;
  const copies = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (deployUrl) {
    copies.push({
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => productionManifest(content.toString("utf8"), deployUrl, version),
    });
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      workbench: "./src/workbench/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        // Sample drafts are bundled as text: the workbench reads them with the same reader as the CLI.
        { test: /\.draft\.md$/, type: "asset/source" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      // The version the pane shows (About), the same as the manifest's.
      new DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server:
        dev && env.WEBPACK_SERVE && !env.http
          ? { type: "https", options: await devCerts() }
          : "http",
      static: false,
    },
  };
};
