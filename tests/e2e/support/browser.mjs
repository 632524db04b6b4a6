// Debian's Chromium driven by playwright-core (no browser of Playwright's own is downloaded), and
// the screenshots each test keeps as artifacts.
import { artifactPath } from './artifacts.mjs';

let playwright;
try {
    playwright = await import('playwright-core');
} catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
        'playwright-core is not installed: run `npm ci --prefix tests/e2e` (./dev.sh test does it)',
        { cause: error },
    );
}

// The browser CMake found (EBM_CHROMIUM), else Debian's.
export function chromiumPath() {
    return process.env.EBM_CHROMIUM || '/usr/bin/chromium';
}

// Headless Chromium; --no-sandbox because CI runs as root, where Chromium refuses its sandbox.
export function launchBrowser() {
    return playwright.chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: ['--no-sandbox'],
    });
}

// Saves a full-page screenshot as <artifacts>/<name>; answers its path.
export async function saveScreenshot(page, name) {
    const path = artifactPath(name);
    await page.screenshot({ path, fullPage: true });
    return path;
}
