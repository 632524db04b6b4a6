// The server's JSON API from node (global fetch), as a browser-less client sees it.
import { setTimeout as delay } from 'node:timers/promises';

// Sends one request; answers {status, body} with the body parsed when it is JSON.
export async function callApi(baseUrl, method, path, { json, headers = {} } = {}) {
    const response = await fetch(baseUrl + path, {
        method,
        headers: json === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: json === undefined ? undefined : JSON.stringify(json),
        redirect: 'manual',
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    return { status: response.status, body: isJson && text ? JSON.parse(text) : text };
}

// Calls `attempt` (answering {done, value}) until done, for at most `timeoutMs`; answers the
// value, or throws naming `what` and the last value seen.
export async function eventually(what, attempt, { timeoutMs = 5_000, intervalMs = 50 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const { done, value } = await attempt();
        if (done) return value;
        if (Date.now() > deadline) {
            const last = JSON.stringify(value);
            throw new Error(`${what} did not happen within ${timeoutMs} ms; last: ${last}`);
        }
        await delay(intervalMs);
    }
}
