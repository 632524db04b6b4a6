// Registration in a real browser, as a customer goes through it: pricing, the three steps with
// each payment method against the built-in simulators, promo code applied and removed, a MoMo
// rejection then a retry, a bank receipt upload then staff approval, and the welcome email's
// set-password link. Screenshots of pricing and of every step are kept as artifacts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { callApi, eventually } from './support/api.mjs';
import { launchBrowser, saveScreenshot } from './support/browser.mjs';
import { lastEmailTo, linkFrom } from './support/mail.mjs';
import { startServer, staffEmail, staffPassword } from './support/server.mjs';

const browserTimeoutMs = 10_000;
// A payment completes once provisioned (organization, invoice PDF): slower on a loaded machine.
const paymentTimeoutMs = 30_000;
const testTimeoutMs = 90_000;
const phoneWidth = { width: 390, height: 844 };

let server;
let browser;
let staffToken;

before(async () => {
    server = await startServer({ name: 'registration' });
    browser = await launchBrowser();
    const login = await callApi(server.baseUrl, 'POST', '/api/auth/login/', {
        json: { email: staffEmail, password: staffPassword },
    });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    staffToken = login.body.token;
    const coupon = await callApi(server.baseUrl, 'POST', '/api/admin/coupons/', {
        json: { code: 'LANCEMENT15', discount_type: 'percent', percent: '15' },
        headers: { Authorization: `Bearer ${staffToken}` },
    });
    assert.equal(coupon.status, 201, JSON.stringify(coupon.body));
});

after(async () => {
    await browser?.close();
    if (server) {
        const code = await server.stop();
        assert.equal(code, 0, `ebm-server did not stop cleanly:\n${server.log()}`);
    }
});

// A fresh browser context (its own cookies) on a page in English, at phone width or desktop.
async function newPage({ phone = false, locale = 'en-GB' } = {}) {
    const context = await browser.newContext({
        locale,
        viewport: phone ? phoneWidth : { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(browserTimeoutMs);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
        problems.push(`unexpected dialog: ${dialog.message()}`);
        dialog.dismiss();
    });
    // A form answered with its errors has a 4xx status that Chromium logs; anything else is a
    // problem (a missing asset, a script error, a CSP violation).
    const formAnswer = /status of (400|409|429) /;
    page.on('console', (message) => {
        if (message.type() === 'error' && !formAnswer.test(message.text())) {
            problems.push(`console: ${message.text()}`);
        }
    });
    return { context, page, problems };
}

// Step 1 filled for `email` on Silver monthly; answers after arriving on step 2.
async function fillDetails(page, email, { screenshot } = {}) {
    await page.goto(`${server.baseUrl}/register?plan=silver&cycle=monthly&lang=en`);
    await page.getByLabel('Your name').fill('Ana Mbarga');
    await page.getByLabel('Company').fill('Douala Data');
    await page.getByLabel('Email').fill(email);
    if (screenshot) await saveScreenshot(page, screenshot);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/register\/payment\?order=\d+$/);
}

async function choose(page, method) {
    await page.locator(`label[for="method-${method}"]`).click();
}

test('the pricing page shows the catalog, toggles the cycle by keyboard and opens the FAQ',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage();
        await page.goto(`${server.baseUrl}/pricing?lang=en`);
        const silver = page.locator('article.plan', { hasText: 'Silver' });
        await assert.doesNotReject(silver.getByText('Popular').waitFor());
        assert.equal(await silver.locator('.price.monthly .amount').textContent(), '79.00');
        assert.equal(await silver.locator('.price.yearly').isVisible(), false);
        await saveScreenshot(page, 'pricing-monthly.png');

        await page.locator('#cycle-monthly').focus();
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.locator('#cycle-yearly').isChecked(), true);
        assert.equal(await silver.locator('.price.yearly .amount').textContent(), '790.00');
        assert.match(await silver.locator('.price.yearly .note').textContent(), /Save 17 %/);
        assert.equal(await silver.locator('.price.monthly').isVisible(), false);
        await saveScreenshot(page, 'pricing-yearly.png');

        const question = page.locator('.faq summary').first();
        await question.focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.locator('.faq details').first().getAttribute('open'), '');

        await silver.getByRole('link', { name: 'Start now' }).click();
        await page.waitForURL(/\/register\?plan=silver&cycle=yearly$/);
        assert.equal(await page.locator('#plan').inputValue(), 'silver');
        assert.equal(await page.locator('#billing_cycle').inputValue(), 'yearly');
        assert.deepEqual(problems, []);
        await context.close();
    });

test('a promo code is checked as it is typed, applied to the summary and removed',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage({ phone: true });
        await page.goto(`${server.baseUrl}/register?plan=silver&cycle=monthly&lang=en`);
        const summary = page.locator('#order-summary');
        assert.match(await summary.locator('[data-total]').textContent(), /79\.00 EUR/);

        await page.getByLabel('Promo code').fill('NOPE99');
        await page.getByText('This promo code does not exist.').waitFor();

        await page.getByLabel('Promo code').fill('lancement15');
        await page.getByText('Promo code applied').waitFor();
        assert.match(await summary.locator('[data-total]').textContent(), /67\.15 EUR/);
        assert.match(await summary.textContent(), /−11\.85 EUR/);
        await saveScreenshot(page, 'register-step1-coupon.png');

        await page.getByRole('button', { name: 'Remove' }).click();
        await page.getByRole('button', { name: 'Apply' }).waitFor();
        assert.match(await summary.locator('[data-total]').textContent(), /79\.00 EUR/);
        assert.equal(await page.getByLabel('Promo code').inputValue(), '');
        assert.deepEqual(problems, []);
        await context.close();
    });

test('errors are shown next to their fields and typed text stays text',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage();
        await page.goto(`${server.baseUrl}/register?lang=en`);
        const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
        await page.getByLabel('Your name').fill(hostile);
        await page.getByLabel('Email').fill('not-an-email@');
        await page.locator('form[data-register-form]').evaluate((form) => {
            form.noValidate = true;
        });
        await page.getByRole('button', { name: 'Continue to payment' }).click();
        await page.locator('#email-error').waitFor();
        assert.match(await page.locator('#email-error').textContent(), /valid email address/);
        assert.equal(await page.getByLabel('Your name').inputValue(), hostile);
        assert.equal(await page.locator('img[src=x]').count(), 0);
        assert.deepEqual(problems, []);
        await context.close();
    });

test('a MoMo payment rejected on the phone can be retried and then succeeds',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage({ phone: true });
        const email = 'momo.buyer@example.cm';
        await fillDetails(page, email, { screenshot: 'register-step1.png' });
        await choose(page, 'mtn_momo');
        await page.getByLabel('Mobile Money number').fill('+46733123451');
        await saveScreenshot(page, 'register-step2-momo.png');
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.waitForURL(/\/register\/complete\?order=\d+$/);
        await page.getByText('The payment did not go through').waitFor();
        await saveScreenshot(page, 'register-step3-failed.png');

        await page.getByRole('link', { name: 'Try again' }).click();
        await page.waitForURL(/\/register\/payment\?order=\d+$/);
        await choose(page, 'mtn_momo');
        await page.getByLabel('Mobile Money number').fill('+237 677 12 34 56');
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.getByText('Payment received').waitFor({ timeout: paymentTimeoutMs });
        await saveScreenshot(page, 'register-step3-success.png');
        assert.match(await page.locator('body').textContent(), new RegExp(email));
        assert.deepEqual(problems, []);
        await context.close();
    });

test('a MoMo payment still pending is followed by the page until it is approved',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage({ phone: true });
        await fillDetails(page, 'momo.pending@example.cm');
        await choose(page, 'mtn_momo');
        await page.getByLabel('Mobile Money number').fill('+46733123453');
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.getByText('Approve the payment on your phone').waitFor();
        assert.equal(await page.locator('.spinner').isVisible(), true);
        await saveScreenshot(page, 'register-step3-pending.png');
        const moved = await callApi(server.baseUrl, 'POST', '/api/admin/clock/advance/', {
            json: { seconds: 40 },
            headers: { Authorization: `Bearer ${staffToken}` },
        });
        assert.equal(moved.status, 200, JSON.stringify(moved.body));
        await page.getByText('The payment did not go through').waitFor({ timeout: 15_000 });
        assert.deepEqual(problems, []);
        await context.close();
    });

test('the Mobile Money number is required before the form is sent',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage();
        await fillDetails(page, 'momo.empty@example.cm');
        await choose(page, 'mtn_momo');
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.getByText('Enter the Mobile Money number to charge.').waitFor();
        assert.match(page.url(), /\/register\/payment\?order=\d+$/);
        assert.deepEqual(problems, []);
        await context.close();
    });

test('a PayPal purchase goes to PayPal and back to a paid order', { timeout: testTimeoutMs },
    async () => {
        const { context, page, problems } = await newPage();
        await fillDetails(page, 'paypal.buyer@example.com');
        await choose(page, 'paypal');
        await saveScreenshot(page, 'register-step2-paypal.png');
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.waitForURL(/\/simulator\/paypal\/checkoutnow\?token=/);
        await page.getByRole('button', { name: 'Approve and pay', exact: true }).click();
        await page.waitForURL(/\/register\/complete\?order=\d+/);
        await page.getByText('Payment received').waitFor({ timeout: paymentTimeoutMs });
        assert.deepEqual(problems, []);
        await context.close();
    });

test('a bank transfer shows its RF reference, takes a receipt and completes when staff approve',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage();
        const email = 'bank.buyer@example.com';
        await fillDetails(page, email);
        await choose(page, 'bank_transfer');
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.getByRole('heading', { name: 'Pay by bank transfer' }).waitFor();
        const reference = (await page.locator('[data-reference]').textContent()).trim();
        assert.match(reference, /^RF\d{2}( [0-9A-Z]{1,4})+$/);
        await page.getByLabel('Your transfer receipt').setInputFiles({
            name: 'receipt.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        });
        await page.getByRole('button', { name: 'Upload the receipt' }).click();
        await page.getByText(/Receipt received on/).waitFor();
        await saveScreenshot(page, 'register-step3-bank.png');

        const cookies = await context.cookies();
        const [orderId, orderToken] = cookies.find((c) => c.name === 'ebm_order').value.split('.');
        const payment = await callApi(server.baseUrl, 'POST',
            `/api/tenants/orders/${orderId}/verify_payment/`,
            { headers: { 'X-Order-Token': orderToken } });
        assert.equal(payment.status, 200, JSON.stringify(payment.body));
        assert.equal(payment.body.bank_transfer.reference_display, reference);
        const approved = await callApi(server.baseUrl, 'POST',
            `/api/tenants/payments/${payment.body.id}/verify_bank_transfer/`,
            { json: { approve: true }, headers: { Authorization: `Bearer ${staffToken}` } });
        assert.equal(approved.status, 200, JSON.stringify(approved.body));
        assert.equal(approved.body.status, 'completed');

        await page.reload();
        await page.getByText('Payment received').waitFor({ timeout: paymentTimeoutMs });

        const welcome = lastEmailTo(server.dataDir, email, 'welcome');
        await page.goto(server.baseUrl + linkFrom(welcome.body, '/set-password') + '&lang=en');
        await page.getByLabel('New password').fill('a long password 1');
        await page.getByLabel('Confirm the password').fill('a long password 1');
        await page.getByRole('button', { name: 'Save the password' }).click();
        await page.waitForURL(/\/login\?notice=password_changed/);
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password').fill('a long password 1');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(/\/account\//);
        const session = (await context.cookies()).find((c) => c.name === 'ebm_session');
        assert.equal(session.httpOnly, true);
        assert.equal(session.sameSite, 'Lax');
        assert.deepEqual(problems, []);
        await context.close();
    });

test('the pages are in French for a French browser, and the choice of English is remembered',
    { timeout: testTimeoutMs }, async () => {
        const { context, page, problems } = await newPage({ locale: 'fr-FR' });
        await page.goto(`${server.baseUrl}/pricing`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
        await page.getByText('Tarifs simples pour toutes les infrastructures').waitFor();
        await saveScreenshot(page, 'pricing-fr.png');
        await page.goto(`${server.baseUrl}/register?plan=gold`);
        await page.getByRole('heading', { name: 'Créez votre compte' }).waitFor();
        await saveScreenshot(page, 'register-step1-fr.png');
        await page.getByRole('link', { name: 'English' }).click();
        await page.getByRole('heading', { name: 'Create your account' }).waitFor();
        await page.goto(`${server.baseUrl}/pricing`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        assert.deepEqual(problems, []);
        await context.close();
    });
