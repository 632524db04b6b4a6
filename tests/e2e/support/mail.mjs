// The emails a test server queued, read from its SQLite outbox with Debian's sqlite3 tool.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The newest queued email to `recipient` (optionally of one template): {template, subject, body}.
export function lastEmailTo(dataDir, recipient, template) {
    const where = template ? ' AND template = ?' : '';
    const query = `SELECT template, subject, body_text FROM email_outbox WHERE recipient = ?${where}
                   ORDER BY id DESC LIMIT 1`;
    const quoted = (text) => `'${text.replaceAll("'", "''")}'`;
    const sql = query.replace('?', quoted(recipient)).replace('?', quoted(template ?? ''));
    const output = execFileSync('sqlite3', ['-json', join(dataDir, 'ebm.sqlite3'), sql], {
        encoding: 'utf8',
    });
    const rows = output.trim() ? JSON.parse(output) : [];
    if (rows.length === 0) throw new Error(`no email to ${recipient} (${template ?? 'any'})`);
    return { template: rows[0].template, subject: rows[0].subject, body: rows[0].body_text };
}

// The first "<path>?token=…" link of an email body, as a path on the test server.
export function linkFrom(body, path) {
    const match = body.match(new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_-]+)`));
    if (!match) throw new Error(`no ${path} link in:\n${body}`);
    return match[1];
}
