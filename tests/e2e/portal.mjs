// The customer portal in a real browser: a customer buys Silver through the registration pages,
// chooses a password from the welcome email, signs in, and then invites a member, downloads an
// invoice, is refused a downgrade while over the smaller plan's quota, upgrades and pays the
// prorated difference, and reads the portal in French. Screenshots of each portal page are kept.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { callApi } from './support/api.mjs';
import { launchBrowser, saveScreenshot } from './support/browser.mjs';
import { lastEmailTo, linkFrom } from './support/mail.mjs';
import { startServer } from './support/server.mjs';

const browserTimeoutMs = 10_000;
// A payment completes once provisioned (organization, invoice PDF): slower on a loaded machine.
const paymentTimeoutMs = 30_000;
const testTimeoutMs = 120_000;
const email = 'owner@douala-data.example.cm';
const password = 'owner password 1';

let server;
let browser;
let context;
let page;
let accountUrl;
const problems = [];

before(async () => {
    server = await startServer({ name: 'portal' });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(browserTimeoutMs);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
        problems.push(`unexpected dialog: ${dialog.message()}`);
        dialog.dismiss();
    });
    page.on('console', (message) => {
        if (message.type() === 'error' && !/status of (400|409|429) /.test(message.text())) {
            problems.push(`console: ${message.text()}`);
        }
    });
    await buySilverAndSignIn();
});

after(async () => {
    await browser?.close();
    if (server) {
        const code = await server.stop();
        assert.equal(code, 0, `ebm-server did not stop cleanly:\n${server.log()}`);
    }
});

async function payWithMomo() {
    await page.locator('label[for="method-mtn_momo"]').click();
    await page.getByLabel('Mobile Money number').fill('+237 677 12 34 56');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByText('Payment received').waitFor({ timeout: paymentTimeoutMs });
}

async function buySilverAndSignIn() {
    await page.goto(`${server.baseUrl}/register?plan=silver&cycle=monthly&lang=en`);
    await page.getByLabel('Your name').fill('Ana Mbarga');
    await page.getByLabel('Company').fill('Douala <Data> & Co');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await payWithMomo();
    const welcome = lastEmailTo(server.dataDir, email, 'welcome');
    await page.goto(server.baseUrl + linkFrom(welcome.body, '/set-password'));
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Confirm the password').fill(password);
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account\/[0-9a-f-]+\/$/);
    accountUrl = page.url();
}

async function apiToken() {
    const login = await callApi(server.baseUrl, 'POST', '/api/auth/login/', {
        json: { email, password },
    });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    return login.body.token;
}

test('the overview shows the subscription, the quotas and the usage chart',
    { timeout: testTimeoutMs }, async () => {
        await page.goto(accountUrl);
        await saveScreenshot(page, 'portal-overview.png');
        assert.match(await page.locator('main').textContent(), /Douala <Data> & Co/,
            'the organization name is shown as text');
        await page.getByText('Silver').first().waitFor();
        assert.ok(await page.locator('meter').count() >= 5, 'one meter per quota');
        assert.equal(await page.locator('svg.chart').count(), 1);
        await saveScreenshot(page, 'portal-overview.png');
        assert.deepEqual(problems, []);
    });

test('an invited member is listed at once', { timeout: testTimeoutMs }, async () => {
    await page.locator('nav.portal-nav').getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Email').fill('colleague@douala-data.example.cm');
    await page.locator('#invite-role').selectOption('member');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('The invitation was sent.').waitFor();
    const row = page.locator('tr', { hasText: 'colleague@douala-data.example.cm' });
    await row.getByText('Invited').waitFor();
    const invitation = lastEmailTo(server.dataDir, 'colleague@douala-data.example.cm', 'invitation');
    assert.match(invitation.body, /\/accept-invitation\?token=/);
    await saveScreenshot(page, 'portal-members.png');
    assert.deepEqual(problems, []);
});

test('the invoice of the purchase downloads as a PDF', { timeout: testTimeoutMs }, async () => {
    await page.locator('nav.portal-nav').getByRole('link', { name: 'Invoices' }).click();
    await page.locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'portal-invoices.png');
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('tbody tr').first().getByRole('link', { name: /PDF/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    assert.equal(Buffer.concat(chunks).subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(problems, []);
});

test('a downgrade is refused while the organization uses more than the smaller plan allows',
    { timeout: testTimeoutMs }, async () => {
        const token = await apiToken();
        for (const n of [1, 2, 3]) {
            const created = await callApi(server.baseUrl, 'POST', '/api/esxi/servers/', {
                json: { name: `esx${n}`, host: `esx${n}.example.cm`, username: 'root', password: 'secret' },
                headers: { Authorization: `Bearer ${token}` },
            });
            assert.equal(created.status, 201, JSON.stringify(created.body));
        }
        await page.locator('nav.portal-nav').getByRole('link', { name: 'Plan and subscription' }).click();
        const bronze = page.locator('article.plan', { hasText: 'Bronze' });
        await bronze.getByRole('button').click();
        await page.getByText(/ESXi hosts: 3 in use, the plan allows 2 \(1 too many\)/).waitFor();
        await saveScreenshot(page, 'portal-plan-over-quota.png');
        assert.deepEqual(problems, []);
    });

test('an upgrade is paid through the checkout and applies at once', { timeout: testTimeoutMs },
    async () => {
        await page.goto(`${accountUrl}plan`);
        const gold = page.locator('article.plan', { hasText: 'Gold' });
        assert.match(await gold.textContent(), /Upgrade now: .* to pay/);
        await gold.getByRole('button', { name: 'Upgrade' }).click();
        await page.waitForURL(/\/register\/payment\?order=\d+$/);
        await payWithMomo();
        await page.goto(`${accountUrl}plan`);
        const current = page.locator('article.plan', { has: page.locator('.badge') });
        assert.match(await current.locator('h3').textContent(), /Gold/);
        await page.locator('nav.portal-nav').getByRole('link', { name: 'Payments' }).click();
        assert.ok(await page.locator('tbody tr').count() >= 2, 'the purchase and the upgrade');
        await saveScreenshot(page, 'portal-payments.png');
        assert.deepEqual(problems, []);
    });

test('the portal reads in French', { timeout: testTimeoutMs }, async () => {
    await page.goto(`${accountUrl}?lang=fr`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await page.locator('nav.portal-nav').getByRole('link', { name: 'Vue d’ensemble' }).waitFor();
    await page.locator('nav.portal-nav').getByRole('link', { name: 'Factures' }).click();
    await page.getByRole('columnheader', { name: 'Facture' }).waitFor();
    await saveScreenshot(page, 'portal-invoices-fr.png');
    await page.goto(`${accountUrl}settings?lang=en`);
    await saveScreenshot(page, 'portal-settings.png');
    assert.deepEqual(problems, []);
});
