// The real ebm-server binary for a browser test, as tests/support/ServerProcess does it for the
// integration tests: a temporary data directory seeded with the catalog plans and a staff user,
// then `serve` on a free port (port 0 plus a port file) until stop().
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { saveArtifact } from './artifacts.mjs';

export const staffEmail = 'staff@example.com';
export const staffPassword = 'staff password 1';

const startTimeoutMs = 20_000;
const stopTimeoutMs = 20_000;
const commandTimeoutMs = 60_000;
const pollIntervalMs = 20;

// The binary CMake passes to the test (EBM_SERVER_BINARY).
export function serverBinary() {
    const binary = process.env.EBM_SERVER_BINARY;
    if (!binary || !existsSync(binary)) {
        throw new Error(`EBM_SERVER_BINARY must name the built ebm-server (got "${binary ?? ''}")`);
    }
    return binary;
}

// The test's environment minus anything that configures the server, plus fast password hashing
// and `overrides`: a developer's own EBM_* / provider / SMTP settings never reach a test server.
function childEnvironment(overrides) {
    const prefixes = ['EBM_', 'PAYPAL_', 'MTN_MOMO_', 'BANK_', 'APP_BASE_URL', 'SMTP_'];
    const kept = Object.entries(process.env).filter(
        ([name]) => !prefixes.some((prefix) => name.startsWith(prefix)),
    );
    return { ...Object.fromEntries(kept), EBM_PASSWORD_ITERATIONS: '1000', ...overrides };
}

// Runs one ebm-server command to completion; throws with its output when it fails.
function runCommand(args, env) {
    const result = spawnSync(serverBinary(), args, {
        env,
        encoding: 'utf8',
        timeout: commandTimeoutMs,
    });
    if (result.status !== 0) {
        const why = result.error ?? `exit ${result.status ?? result.signal}`;
        throw new Error(`ebm-server ${args[0]} failed (${why}):\n${result.stdout}${result.stderr}`);
    }
}

function readPort(portFile) {
    try {
        const port = Number.parseInt(readFileSync(portFile, 'utf8'), 10);
        return port > 0 ? port : null;
    } catch {
        return null;
    }
}

// One seeded `ebm-server serve`. Use startServer().
class ServerProcess {
    constructor(name, environment) {
        this.name = name;
        this.dataDir = mkdtempSync(join(tmpdir(), 'ebm-e2e-'));
        this.env = childEnvironment(environment);
        this.logPath = join(this.dataDir, 'server.log');
        this.portFile = join(this.dataDir, 'server.port');
        this.keptLog = null;
        this.exitCode = null;
        this.stopped = null;
    }

    async start() {
        runCommand(['create-plans', `--data-dir=${this.dataDir}`], this.env);
        runCommand(['create-staff', `--email=${staffEmail}`, `--password=${staffPassword}`,
            `--data-dir=${this.dataDir}`], this.env);
        const args = ['serve', '--port=0', '--bind=127.0.0.1', `--data-dir=${this.dataDir}`,
            `--port-file=${this.portFile}`];
        const logFd = openSync(this.logPath, 'a');
        const stdio = ['ignore', logFd, logFd];
        this.child = spawn(serverBinary(), args, { env: this.env, stdio });
        closeSync(logFd);
        this.exited = new Promise((resolve) => {
            this.child.once('error', () => resolve(127));
            this.child.once('exit', (code, signal) =>
                resolve(signal ? 128 + constants.signals[signal] : code));
        }).then((code) => (this.exitCode = code));

        const deadline = Date.now() + startTimeoutMs;
        for (;;) {
            const port = readPort(this.portFile);
            if (port !== null) return `http://127.0.0.1:${port}`;
            if (this.exitCode !== null) {
                throw new Error(`ebm-server exited with ${this.exitCode} before listening`);
            }
            if (Date.now() > deadline) {
                throw new Error(`ebm-server did not listen within ${startTimeoutMs} ms`);
            }
            await delay(pollIntervalMs);
        }
    }

    log() {
        if (this.keptLog !== null) return this.keptLog;
        return existsSync(this.logPath) ? readFileSync(this.logPath, 'utf8') : '';
    }

    // SIGTERM, then SIGKILL after stopTimeoutMs; keeps the log (as the artifact
    // `<name>.server.log` when named) and removes the data directory. Answers the exit code.
    stop() {
        this.stopped ??= (async () => {
            if (this.child && this.exitCode === null) {
                this.child.kill('SIGTERM');
                const timer = setTimeout(() => this.child.kill('SIGKILL'), stopTimeoutMs);
                await this.exited;
                clearTimeout(timer);
            }
            this.keptLog = this.log();
            if (this.name) saveArtifact(`${this.name}.server.log`, this.keptLog);
            rmSync(this.dataDir, { recursive: true, force: true });
            return this.exitCode;
        })();
        return this.stopped;
    }
}

// Starts a seeded server; `environment` adds variables (e.g. PAYPAL_MODE), `name` names its log
// artifact. Answers {baseUrl, dataDir, log(), stop()}; stop() answers the exit code (128 +
// signal when killed). A server that does not come up is stopped and reported with its log.
export async function startServer({ name, environment = {} } = {}) {
    const server = new ServerProcess(name, environment);
    let baseUrl;
    try {
        baseUrl = await server.start();
    } catch (error) {
        await server.stop();
        throw new Error(`${error.message}\n${server.log()}`, { cause: error });
    }
    return {
        baseUrl,
        dataDir: server.dataDir,
        log: () => server.log(),
        stop: () => server.stop(),
    };
}
