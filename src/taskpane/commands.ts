/**
 * Entry point for commands.html, the ribbon's function file.
 *
 * The only ribbon button uses ShowTaskpane, so there are no ExecuteFunction handlers to
 * register yet. Office still expects the function file to initialise Office.js, hence the
 * onReady call; add `Office.actions.associate(...)` here if a button ever runs code directly.
 */
void Office.onReady();

export {};
