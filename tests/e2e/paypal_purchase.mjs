// A PayPal purchase in a real browser against the server's built-in PayPal simulator: the order
// is placed and the payment started over the JSON API, the buyer approves (or cancels) on the
// simulator's page in Chromium and comes back to us; the API then shows the outcome.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { callApi, eventually } from './support/api.mjs';
import { launchBrowser, saveScreenshot } from './support/browser.mjs';
import { startServer } from './support/server.mjs';

// Every wait in a browser is bounded by this (Playwright's own default is 30 s).
const browserTimeoutMs = 10_000;
const testTimeoutMs = 60_000;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server;
let browser;

before(async () => {
    server = await startServer({
        name: 'paypal_purchase',
        environment: { PAYPAL_MODE: 'simulator' },
    });
    browser = await launchBrowser();
});

after(async () => {
    await browser?.close();
    if (server) {
        const code = await server.stop();
        assert.equal(code, 0, `ebm-server did not stop cleanly:\n${server.log()}`);
    }
});

// Places a monthly Silver order as an anonymous customer and starts a PayPal payment; answers
// {order, payment, orderApi(method, action, json?)}, orderApi calling
// /api/tenants/orders/<id>/<action> with the order's X-Order-Token.
async function startPayPalPurchase(customer, locale) {
    const plans = await callApi(server.baseUrl, 'GET', '/api/tenants/plans/');
    assert.equal(plans.status, 200, JSON.stringify(plans.body));
    const list = Array.isArray(plans.body) ? plans.body : plans.body.results;
    const silver = list.find((plan) => plan.slug === 'silver');
    assert.ok(silver, `no silver plan in ${JSON.stringify(plans.body)}`);

    const placed = await callApi(server.baseUrl, 'POST', '/api/tenants/orders/', {
        json: { plan: silver.id, billing_cycle: 'monthly', customer, locale },
    });
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
    const order = placed.body;
    assert.equal(order.status, 'pending');
    const orderApi = (method, action, json) =>
        callApi(server.baseUrl, method, `/api/tenants/orders/${order.id}/${action}`, {
            json,
            headers: { 'X-Order-Token': order.order_token },
        });

    const started = await orderApi('POST', 'initiate_payment/', { payment_method: 'paypal' });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const payment = started.body;
    assert.equal(payment.status, 'pending');
    assert.ok(
        payment.redirect_url.startsWith(`${server.baseUrl}/simulator/paypal/checkoutnow?token=`),
        payment.redirect_url,
    );
    return { order, payment, orderApi };
}

// Polls verify_payment until the payment leaves pending/processing; answers it.
function settledPayment(orderApi) {
    return eventually('the payment settling', async () => {
        const verified = await orderApi('POST', 'verify_payment/');
        assert.equal(verified.status, 200, JSON.stringify(verified.body));
        const open = ['pending', 'processing'].includes(verified.body.status);
        return { done: !open, value: verified.body };
    });
}

// Where our return and cancel URLs send the browser (a page that issue 6 adds).
function completionUrl({ order, payment }) {
    const query = `order=${order.id}&payment=${payment.transaction_id}`;
    return `${server.baseUrl}/register/complete?${query}`;
}

// Opens the approval page in a fresh browser context, checks its language and amount, keeps a
// screenshot, clicks `buttonName` and waits for the browser to land on the completion page;
// answers the URLs the browser navigated to (as URL objects) and the one it landed on.
async function buyerChooses({ payment, order }, { lang, screenshot, buttonName }) {
    const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
    context.setDefaultTimeout(browserTimeoutMs);
    try {
        const page = await context.newPage();
        const visited = [];
        page.on('request', (request) => {
            if (request.isNavigationRequest()) visited.push(new URL(request.url()));
        });
        const opened = await page.goto(payment.redirect_url);
        assert.equal(opened.status(), 200);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        await page.getByText(`${order.total} ${order.currency}`).waitFor();
        await saveScreenshot(page, screenshot);

        await page.getByRole('button', { name: buttonName, exact: true }).click();
        await page.waitForURL((url) => url.pathname.startsWith('/register/complete'));
        return { visited, landed: page.url() };
    } finally {
        await context.close();
    }
}

const journey = (visited) => visited.map((url) => url.href).join(' → ');

test('a buyer approves on PayPal: the payment completes and provisions an organization', {
    timeout: testTimeoutMs,
}, async () => {
    const purchase = await startPayPalPurchase(
        { name: 'Awa Ndiaye', company: 'Bafoussam Data', email: 'awa@bafoussam.example.com' },
        'en',
    );
    const { visited, landed } = await buyerChooses(purchase, {
        lang: 'en',
        screenshot: 'paypal-approval.png',
        buttonName: 'Approve and pay',
    });
    const paypalOrder = new URL(purchase.payment.redirect_url).searchParams.get('token');
    const returned = visited.find((url) => url.pathname === '/payments/paypal/return/');
    assert.ok(returned, `the browser never reached our return URL: ${journey(visited)}`);
    assert.equal(returned.searchParams.get('token'), paypalOrder);
    assert.ok(returned.searchParams.get('PayerID'), returned.href);
    assert.equal(landed, completionUrl(purchase));

    const settled = await settledPayment(purchase.orderApi);
    assert.equal(settled.status, 'completed', JSON.stringify(settled));
    assert.equal(settled.provider_reference, paypalOrder);

    const paid = await purchase.orderApi('GET', '');
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.equal(paid.body.status, 'completed');
    assert.match(String(paid.body.organization), uuid, JSON.stringify(paid.body));
    assert.equal(settled.organization, paid.body.organization);
});

test('a buyer cancels on the French PayPal page: the payment fails CANCELLED_BY_BUYER', {
    timeout: testTimeoutMs,
}, async () => {
    const purchase = await startPayPalPurchase(
        { name: 'Jean Mbarga', company: 'Douala Data', email: 'jean@douala.example.cm' },
        'fr',
    );
    const { visited, landed } = await buyerChooses(purchase, {
        lang: 'fr',
        screenshot: 'paypal-approval-fr.png',
        buttonName: 'Annuler et revenir chez le marchand',
    });
    assert.ok(
        visited.some((url) => url.pathname === '/payments/paypal/cancel/'),
        `the browser never reached our cancel URL: ${journey(visited)}`,
    );
    assert.equal(landed, completionUrl(purchase));

    const settled = await settledPayment(purchase.orderApi);
    assert.equal(settled.status, 'failed', JSON.stringify(settled));
    assert.equal(settled.failure_code, 'CANCELLED_BY_BUYER');

    const unpaid = await purchase.orderApi('GET', '');
    assert.equal(unpaid.status, 200, JSON.stringify(unpaid.body));
    assert.equal(unpaid.body.status, 'pending');
    assert.equal(unpaid.body.organization, null);
});
