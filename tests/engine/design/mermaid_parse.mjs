// Parses Mermaid diagrams with the real Mermaid parser (no browser: jsdom stands in for the DOM).
// Usage: node mermaid_parse.mjs <node_modules dir with mermaid and jsdom>  < {"name": "source", ...}
// Prints {"name": "ok:<type>" | "error: <message>", ...}.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const modules = process.argv[2];
const { JSDOM } = await import(pathToFileURL(join(modules, "jsdom", "lib", "api.js")).href);
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.Element = dom.window.Element;
globalThis.HTMLElement = dom.window.HTMLElement;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await import(pathToFileURL(join(modules, "mermaid", "dist", "mermaid.core.mjs")).href);
mermaid.initialize({ startOnLoad: false });

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = {};
for (const [name, source] of Object.entries(JSON.parse(input))) {
  try {
    const parsed = await mermaid.parse(source);
    results[name] = "ok:" + parsed.diagramType;
  } catch (error) {
    results[name] = "error: " + String(error.message || error).slice(0, 500);
  }
}
console.log(JSON.stringify(results));
