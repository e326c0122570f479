// End-to-end test of Floe's live dashboard: runs `floe demo --dashboard 0`, opens the page in
// headless Chromium (Debian's, driven by Playwright) while the demo computes, and checks that the
// task stream and the progress panel update. Screenshots go to OUT_DIR (default cli/target/e2e).
//
//   FLOE_JAR=cli/target/floe.jar node cli/src/e2e/dashboard/dashboard.test.mjs
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const jar = process.env.FLOE_JAR || path.resolve(here, "../../../target/floe.jar");
const outDir = process.env.OUT_DIR || path.resolve(here, "../../../target/e2e");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const TIMEOUT_MS = 120_000;

function fail(message) {
  console.error("dashboard e2e: FAILED: " + message);
  process.exitCode = 1;
  throw new Error(message);
}

/** Starts the demo and resolves with its dashboard's address once it prints it. */
function startDemo() {
  const demo = spawn("java", ["-jar", jar, "demo", "--dashboard", "0"],
      { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  const url = new Promise((resolve, reject) => {
    demo.stdout.on("data", chunk => {
      output += chunk;
      process.stdout.write(chunk);
      const match = output.match(/dashboard: (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    demo.on("exit", code => reject(new Error("floe demo exited with " + code)));
  });
  const finished = () => output.includes("demo done");
  return { demo, url, finished };
}

/** What the page shows now: bars received, progress rows, the running computation, etc. */
async function readPage(page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll("#progress tr[data-op]")];
    const first = document.querySelector("#progress [data-computation]");
    return {
      ticks: Number(document.body.dataset.ticks),
      bars: Number(document.getElementById("stream").dataset.bars),
      computation: first ? Number(first.dataset.computation) : -1,
      state: first ? first.dataset.state : "",
      progress: rows.map(r => `${r.dataset.op}:${r.dataset.done}/${r.dataset.total}`).join(" "),
      workers: document.querySelectorAll("#memory tr[data-worker]").length,
      graphDots: document.querySelectorAll("#graph circle").length,
      status: document.getElementById("status").textContent,
    };
  });
}

const { demo, url, finished } = startDemo();
const profile = mkdtempSync(path.join(tmpdir(), "floe-e2e-chromium-"));
let browser;
try {
  mkdirSync(outDir, { recursive: true });
  const address = await url;
  // A fresh profile, and no background connections: this machine's network is closed.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", e => errors.push(e.message));
  await page.goto(address);

  // Watch while the demo runs: the stream must gain bars and progress must move between
  // samples taken during a running computation.
  const started = Date.now();
  const samples = [];
  let runningShot = false;
  while (!finished() && Date.now() - started < TIMEOUT_MS) {
    await page.waitForTimeout(300); // the page polls every 500 ms
    const sample = await readPage(page);
    samples.push(sample);
    if (!runningShot && sample.state === "RUNNING" && sample.bars > 0) {
      await page.screenshot({ path: path.join(outDir, "dashboard-running.png"), fullPage: true });
      runningShot = true;
    }
  }
  if (!finished()) fail(`the demo did not finish within ${TIMEOUT_MS / 1000} s`);
  await page.waitForTimeout(1200); // one more poll after the last computation
  const last = await readPage(page);
  samples.push(last);
  await page.screenshot({ path: path.join(outDir, "dashboard.png"), fullPage: true });

  const running = samples.filter(s => s.state === "RUNNING");
  const barCounts = new Set(samples.map(s => s.bars));
  const progressViews = new Set(samples.map(s => s.computation + " " + s.progress));
  console.log(`dashboard e2e: ${samples.length} samples, ${running.length} during a running ` +
      `computation; bars ${samples[0].bars} -> ${last.bars}; ${progressViews.size} distinct ` +
      `progress views; ${last.workers} worker row(s); ${last.graphDots} graph nodes drawn`);
  if (errors.length) fail("the page threw: " + errors.join("; "));
  if (!running.length) fail("never saw a computation running");
  if (!runningShot) fail("no screenshot taken during a running computation");
  if (barCounts.size < 3 || last.bars <= samples[0].bars) fail("the task stream did not grow");
  if (progressViews.size < 3) fail("the progress panel did not update");
  if (last.workers < 1) fail("no memory row");
  if (last.graphDots < 1) fail("no graph drawn");
  console.log("dashboard e2e: passed; screenshots in " + outDir);
} catch (e) {
  process.exitCode = 1;
  if (!String(e.message).includes("FAILED")) console.error("dashboard e2e: " + e.stack);
} finally {
  if (browser) await browser.close();
  demo.kill("SIGTERM");
  rmSync(profile, { recursive: true, force: true });
}
