// The customer web pages through the real server, as a browser speaks to them: sizes, security
// headers and cookies, CSRF, sign-in and out, throttling, languages, caching of the pricing page
// and of assets, the registration steps' access to their order, and escaping.
#include "DatabaseProbe.h"
#include "PageClient.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <gtest/gtest.h>
#include <memory>
#include <regex>

namespace ebm::test
{
namespace
{

constexpr std::size_t kPageBudgetBytes = 100 * 1024;

std::string cookieHeaderFor(const HttpResult& result, const std::string& name)
{
    for (const std::string& header : result.setCookies)
        if (header.starts_with(name + "="))
            return header;
    return {};
}

class WebPagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        start({});
    }

    void start(ServerProcess::Environment environment)
    {
        m_server.reset();
        for (const auto& [name, value] : fastPasswords())
            environment.emplace(name, value);
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
        m_client = std::make_unique<HttpClient>(m_server->client());
    }

    std::string database() const
    {
        return m_dir.path() + "/ebm.sqlite3";
    }

    // A customer whose organization staff created; answers a browser signed in as its owner.
    PageClient signedInOwner(const std::string& name)
    {
        const std::string staff = login(*m_client, kStaffEmail, kStaffPassword);
        const Tenant tenant = createTenant(*m_server, m_dir.path(), staff, name);
        PageClient browser(*m_client);
        browser.get("/login");
        const HttpResult answer =
            browser.submit("/login", {{"email", tenant.ownerEmail}, {"password", kMemberPassword}});
        EXPECT_EQ(answer.status, 303) << answer.body;
        return browser;
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_client;
};

TEST_F(WebPagesTest, EveryPageAndAssetStaysUnderItsSizeBudget)
{
    PageClient browser(*m_client);
    const HttpResult pricing = browser.get("/pricing");
    for (const std::string path :
         {"/", "/pricing", "/register", "/register?plan=gold&cycle=yearly", "/login", "/logout",
          "/password-reset", "/set-password?token=x", "/accept-invitation?token=x"}) {
        const HttpResult page = browser.get(path);
        EXPECT_EQ(page.status, 200) << path;
        EXPECT_LT(page.body.size(), kPageBudgetBytes) << path;
    }
    const std::regex asset(R"((/static/[a-z.]+\?v=[0-9a-f]+))");
    int assets = 0;
    for (auto it = std::sregex_iterator(pricing.body.begin(), pricing.body.end(), asset);
         it != std::sregex_iterator(); ++it, ++assets) {
        const HttpResult file = m_client->get((*it)[1]);
        EXPECT_EQ(file.status, 200) << (*it)[1];
        EXPECT_GT(file.body.size(), 0u);
        EXPECT_LT(file.body.size(), kPageBudgetBytes) << (*it)[1];
    }
    EXPECT_EQ(assets, 3); // favicon, stylesheet, script
}

TEST_F(WebPagesTest, PagesForbidInlineScriptAndFraming)
{
    PageClient browser(*m_client);
    for (const std::string path : {"/", "/pricing", "/register", "/login"}) {
        const HttpResult page = browser.get(path);
        const std::string policy = page.header("Content-Security-Policy");
        EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << path;
        EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos) << path;
        EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << path;
        EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
        EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
        EXPECT_FALSE(std::regex_search(page.body, std::regex(R"(<script(?![^>]*\bsrc=))")))
            << path << ": inline script";
        EXPECT_FALSE(std::regex_search(page.body, std::regex(R"(\son[a-z]+=)"))) << path;
        EXPECT_FALSE(std::regex_search(page.body, std::regex(R"(\sstyle=)"))) << path;
    }
}

TEST_F(WebPagesTest, SigningInSetsAnHttpOnlyLaxSessionCookieAndSigningOutRevokesIt)
{
    const std::string staff = login(*m_client, kStaffEmail, kStaffPassword);
    const Tenant tenant = createTenant(*m_server, m_dir.path(), staff, "Cookie Org");
    PageClient browser(*m_client);
    const HttpResult form = browser.get("/login?next=/account/&lang=en");
    const std::string csrf = cookieHeaderFor(form, "ebm_csrf");
    EXPECT_NE(csrf.find("HttpOnly"), std::string::npos) << csrf;
    EXPECT_NE(csrf.find("SameSite=Lax"), std::string::npos) << csrf;
    EXPECT_EQ(csrf.find("Secure"), std::string::npos) << "plain HTTP: " << csrf;

    const HttpResult wrong =
        browser.submit("/login", {{"email", tenant.ownerEmail}, {"password", "wrong password!"}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_NE(wrong.body.find("The email or the password is incorrect."), std::string::npos);
    EXPECT_EQ(browser.cookie("ebm_session"), "");

    const HttpResult signedIn = browser.submit(
        "/login",
        {{"email", tenant.ownerEmail}, {"password", kMemberPassword}, {"next", "/account/"}});
    ASSERT_EQ(signedIn.status, 303) << signedIn.body;
    EXPECT_EQ(signedIn.header("Location"), "/account/");
    const std::string session = cookieHeaderFor(signedIn, "ebm_session");
    EXPECT_NE(session.find("HttpOnly"), std::string::npos) << session;
    EXPECT_NE(session.find("SameSite=Lax"), std::string::npos) << session;
    const std::string token = browser.cookie("ebm_session");
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(m_client->get("/api/auth/me/", auth(token)).status, 200);

    browser.get("/logout");
    const HttpResult out = browser.submit("/logout", {});
    EXPECT_EQ(out.status, 303);
    EXPECT_EQ(out.header("Location"), "/login?notice=signed_out");
    EXPECT_EQ(browser.cookie("ebm_session"), "");
    EXPECT_EQ(m_client->get("/api/auth/me/", auth(token)).status, 401);
}

TEST_F(WebPagesTest, CookiesAreSecureWhenTheSiteIsServedOverHttps)
{
    TempDir dir;
    ServerProcess server(dir.path(), {}, {{"APP_BASE_URL", "https://cloud.example.com"}});
    const HttpClient client = server.client();
    PageClient browser(client);
    const HttpResult page = browser.get("/login");
    EXPECT_NE(cookieHeaderFor(page, "ebm_csrf").find("; Secure"), std::string::npos);
    const HttpResult english = browser.get("/pricing?lang=en");
    EXPECT_NE(cookieHeaderFor(english, "ebm_lang").find("; Secure"), std::string::npos);
}

TEST_F(WebPagesTest, SignInOnlyRedirectsToPathsOfThisSite)
{
    const std::string staff = login(*m_client, kStaffEmail, kStaffPassword);
    const Tenant tenant = createTenant(*m_server, m_dir.path(), staff, "Redirect Org");
    for (const std::string next :
         {"//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
        PageClient browser(*m_client);
        browser.get("/login");
        const HttpResult answer = browser.submit(
            "/login",
            {{"email", tenant.ownerEmail}, {"password", kMemberPassword}, {"next", next}});
        ASSERT_EQ(answer.status, 303) << next;
        EXPECT_EQ(answer.header("Location"), "/account/") << next;
    }
}

TEST_F(WebPagesTest, AFormWithoutItsCsrfTokenIsRefusedAndChangesNothing)
{
    const std::string staff = login(*m_client, kStaffEmail, kStaffPassword);
    const Tenant tenant = createTenant(*m_server, m_dir.path(), staff, "Csrf Org");
    PageClient victim(*m_client);
    victim.get("/login?lang=en");
    const HttpResult missing = victim.submit(
        "/login",
        {{"email", tenant.ownerEmail}, {"password", kMemberPassword}, {"csrf_token", ""}});
    EXPECT_EQ(missing.status, 403);
    EXPECT_NE(missing.body.find("This form has expired"), std::string::npos);
    EXPECT_EQ(victim.cookie("ebm_session"), "");

    PageClient attacker(*m_client);
    attacker.get("/login");
    const HttpResult forged = victim.submit("/login", {{"email", tenant.ownerEmail},
                                                       {"password", kMemberPassword},
                                                       {"csrf_token", attacker.csrfToken()}});
    EXPECT_EQ(forged.status, 403);

    const std::string orders = queryScalar(database(), "SELECT COUNT(*) FROM orders");
    PageClient buyer(*m_client);
    buyer.get("/register");
    const HttpResult order = buyer.submit("/register", {{"plan", "silver"},
                                                        {"billing_cycle", "monthly"},
                                                        {"name", "Ana"},
                                                        {"email", "ana@example.cm"},
                                                        {"action", "continue"},
                                                        {"csrf_token", "0123"}});
    EXPECT_EQ(order.status, 403);
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM orders"), orders);
}

TEST_F(WebPagesTest, RepeatedWrongPasswordsAreThrottledWithAPage)
{
    PageClient browser(*m_client);
    browser.get("/login?lang=en");
    HttpResult answer;
    for (int attempt = 0; attempt < 6; ++attempt)
        answer = browser.submit("/login",
                                {{"email", "nobody@example.com"}, {"password", "wrong password"}});
    EXPECT_EQ(answer.status, 429);
    EXPECT_FALSE(answer.header("Retry-After").empty());
    EXPECT_NE(answer.body.find("Too many failed attempts"), std::string::npos);
}

TEST_F(WebPagesTest, PromoCodeChecksAreRateLimitedPerClient)
{
    const std::string body = R"({"code":"NOPE","plan":)" +
                             std::to_string(planId(*m_client, "silver")) +
                             R"(,"billing_cycle":"monthly"})";
    for (int check = 0; check < 30; ++check)
        ASSERT_EQ(m_client->post("/api/tenants/coupons/validate/", body).status, 200) << check;
    const HttpResult refused = m_client->post("/api/tenants/coupons/validate/", body);
    EXPECT_EQ(refused.status, 429);
    EXPECT_FALSE(refused.header("Retry-After").empty());

    PageClient browser(*m_client);
    browser.get("/register?lang=en");
    const HttpResult page = browser.submit("/register", {{"plan", "silver"},
                                                         {"billing_cycle", "monthly"},
                                                         {"coupon_code", "NOPE"},
                                                         {"action", "apply_coupon"}});
    EXPECT_EQ(page.status, 400);
    EXPECT_NE(page.body.find("Too many promo code checks"), std::string::npos);
}

TEST_F(WebPagesTest, ThePricingPageFollowsACatalogChange)
{
    PageClient browser(*m_client);
    const HttpResult before = browser.get("/pricing?lang=en");
    EXPECT_NE(before.body.find(">79.00<"), std::string::npos);
    EXPECT_EQ(browser.get("/pricing").body, browser.get("/pricing").body) << "served from cache";
    executeSql(database(), "UPDATE plans SET monthly_price_minor = 8900, "
                           "updated_at = '2099-01-01T00:00:00Z' WHERE slug = 'silver'");
    const HttpResult after = browser.get("/pricing");
    EXPECT_EQ(after.body.find(">79.00<"), std::string::npos);
    EXPECT_NE(after.body.find(">89.00<"), std::string::npos);
    const auto plans = m_client->get("/api/tenants/plans/").body;
    EXPECT_NE(plans.find("\"89.00\""), std::string::npos);
}

TEST_F(WebPagesTest, TheLanguageComesFromTheQueryThenTheCookieThenTheBrowser)
{
    PageClient browser(*m_client);
    EXPECT_NE(browser.get("/pricing").body.find("<html lang=\"fr\">"), std::string::npos);
    EXPECT_NE(browser.get("/pricing", {{"Accept-Language", "en-US,en;q=0.9,fr;q=0.5"}})
                  .body.find("<html lang=\"en\">"),
              std::string::npos);
    EXPECT_NE(browser.get("/pricing", {{"Accept-Language", "de-DE, fr;q=0.4"}})
                  .body.find("<html lang=\"fr\">"),
              std::string::npos);
    const HttpResult chosen = browser.get("/pricing?lang=en");
    EXPECT_NE(cookieHeaderFor(chosen, "ebm_lang").find("Max-Age=31536000"), std::string::npos);
    const HttpResult remembered = browser.get("/login", {{"Accept-Language", "fr"}});
    EXPECT_NE(remembered.body.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(remembered.body.find("Sign in"), std::string::npos);
    EXPECT_NE(browser.get("/login?lang=fr").body.find("Se connecter"), std::string::npos);
}

TEST_F(WebPagesTest, BrowsersGetAnHtmlNotFoundPageAndApiClientsJson)
{
    PageClient browser(*m_client);
    const HttpResult page = browser.get("/no-such-page");
    EXPECT_EQ(page.status, 404);
    EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
    EXPECT_NE(page.body.find("Page introuvable"), std::string::npos);
    const HttpResult api = m_client->get("/no-such-page");
    EXPECT_EQ(api.status, 404);
    EXPECT_EQ(api.json()->getValue<std::string>("code"), "not_found");
}

TEST_F(WebPagesTest, AssetsAreCachedForeverByVersionAndRevalidatedByEtag)
{
    const HttpResult page = m_client->get("/pricing");
    std::smatch found;
    ASSERT_TRUE(
        std::regex_search(page.body, found, std::regex(R"((/static/app\.css\?v=[0-9a-f]+))")));
    const HttpResult versioned = m_client->get(found[1]);
    EXPECT_EQ(versioned.header("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_EQ(versioned.header("Content-Type"), "text/css; charset=utf-8");
    const HttpResult plain = m_client->get("/static/app.css");
    EXPECT_EQ(plain.header("Cache-Control"), "public, max-age=300");
    const HttpResult unchanged =
        m_client->get("/static/app.css", {{"If-None-Match", versioned.header("ETag")}});
    EXPECT_EQ(unchanged.status, 304);
    EXPECT_TRUE(unchanged.body.empty());
    EXPECT_EQ(m_client->get("/static/../ebm.sqlite3").status, 404);
}

TEST_F(WebPagesTest, AnOrderIsReachedOnlyByTheBrowserThatPlacedIt)
{
    PageClient buyer(*m_client);
    buyer.get("/register?lang=en");
    const HttpResult placed = buyer.submit("/register", {{"plan", "silver"},
                                                         {"billing_cycle", "yearly"},
                                                         {"name", "Ana Mbarga"},
                                                         {"email", "ana@example.cm"},
                                                         {"action", "continue"}});
    ASSERT_EQ(placed.status, 303) << placed.body;
    const std::string location = placed.header("Location");
    ASSERT_TRUE(location.starts_with("/register/payment?order=")) << location;
    const std::string cookie = cookieHeaderFor(placed, "ebm_order");
    EXPECT_NE(cookie.find("Path=/register"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;

    const HttpResult payment = buyer.get(location);
    EXPECT_EQ(payment.status, 200);
    EXPECT_NE(payment.body.find("790.00"), std::string::npos);
    PageClient stranger(*m_client);
    const HttpResult anonymous = stranger.get(location);
    EXPECT_EQ(anonymous.status, 303) << "sent to sign in: the order may be a customer's";
    EXPECT_TRUE(anonymous.header("Location").starts_with("/login?next="))
        << anonymous.header("Location");
    EXPECT_EQ(anonymous.body.find("790"), std::string::npos);
    EXPECT_EQ(signedInOwner("Other Customer").get(location).status, 404);
    EXPECT_EQ(
        stranger.get("/register/status?order=" + location.substr(location.find('=') + 1)).status,
        404);
}

TEST_F(WebPagesTest, TheOrderConfirmationLinkOpensThePaymentOnAnotherDevice)
{
    PageClient laptop(*m_client);
    laptop.get("/register?lang=en");
    const HttpResult placed = laptop.submit("/register", {{"plan", "silver"},
                                                          {"billing_cycle", "yearly"},
                                                          {"name", "Ana Mbarga"},
                                                          {"email", "ana@example.cm"},
                                                          {"action", "continue"}});
    ASSERT_EQ(placed.status, 303) << placed.body;
    const std::string orderId =
        placed.header("Location").substr(placed.header("Location").find('=') + 1);
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM email_outbox WHERE template = "
                                      "'order_confirmation' AND recipient = 'ana@example.cm'"),
              "1");
    const std::string text =
        queryScalar(database(), "SELECT body_text FROM email_outbox WHERE template = "
                                "'order_confirmation'");
    std::smatch link;
    ASSERT_TRUE(std::regex_search(text, link, std::regex("https?://[^/]+(/register/payment\\S+)")))
        << text;
    EXPECT_NE(link.str(1).find("order=" + orderId + "&token="), std::string::npos) << link.str(1);
    EXPECT_NE(text.find("790.00 EUR"), std::string::npos) << text;

    PageClient phone(*m_client);
    const HttpResult opened = phone.get(link.str(1));
    ASSERT_EQ(opened.status, 303) << opened.body;
    EXPECT_EQ(opened.header("Location"), "/register/payment?order=" + orderId);
    EXPECT_NE(phone.cookie("ebm_order"), "");
    const HttpResult payment = phone.get(opened.header("Location"));
    EXPECT_EQ(payment.status, 200);
    EXPECT_NE(payment.body.find("790.00"), std::string::npos);

    PageClient stranger(*m_client);
    EXPECT_EQ(stranger.get("/register/payment?order=" + orderId + "&token=guessed").status, 404);
    EXPECT_EQ(stranger.cookie("ebm_order"), "");
}

TEST_F(WebPagesTest, AReceiptThatIsNotADocumentIsRefusedBesideItsField)
{
    PageClient buyer(*m_client);
    buyer.get("/register?lang=en");
    const HttpResult placed = buyer.submit("/register", {{"plan", "bronze"},
                                                         {"billing_cycle", "monthly"},
                                                         {"name", "Ana"},
                                                         {"email", "ana@example.cm"},
                                                         {"action", "continue"}});
    ASSERT_EQ(placed.status, 303) << placed.body;
    const std::string order =
        placed.header("Location").substr(placed.header("Location").find('=') + 1);
    buyer.get("/register/payment?order=" + order);
    const HttpResult chosen =
        buyer.submit("/register/payment?order=" + order, {{"method", "bank_transfer"}});
    ASSERT_EQ(chosen.status, 303) << chosen.body;
    const HttpResult bank = buyer.get(chosen.header("Location"));
    EXPECT_NE(bank.body.find("Pay by bank transfer"), std::string::npos);
    const HttpResult refused = buyer.submitFile("/register/receipt?order=" + order, {}, "receipt",
                                                "receipt.exe", "application/pdf", "MZ not a pdf");
    EXPECT_EQ(refused.status, 400);
    EXPECT_NE(refused.body.find("PDF, PNG or JPEG"), std::string::npos);
    EXPECT_EQ(queryScalar(database(),
                          "SELECT COUNT(*) FROM payments WHERE COALESCE(receipt_path, '') <> ''"),
              "0");
    const HttpResult accepted =
        buyer.submitFile("/register/receipt?order=" + order, {}, "receipt", "receipt.pdf",
                         "application/pdf", "%PDF-1.4\n%%EOF\n");
    EXPECT_EQ(accepted.status, 303);
    EXPECT_EQ(queryScalar(database(),
                          "SELECT COUNT(*) FROM payments WHERE COALESCE(receipt_path, '') <> ''"),
              "1");
}

TEST_F(WebPagesTest, TypedTextIsShownAsTextWhenTheFormComesBack)
{
    PageClient buyer(*m_client);
    buyer.get("/register?lang=en");
    const HttpResult page =
        buyer.submit("/register", {{"plan", "silver"},
                                   {"billing_cycle", "monthly"},
                                   {"name", "<script>alert(1)</script>"},
                                   {"company", "\"><img src=x onerror=alert(2)>"},
                                   {"email", "not an email"},
                                   {"action", "continue"}});
    EXPECT_EQ(page.status, 400);
    EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
    EXPECT_EQ(page.body.find("<img src=x"), std::string::npos);
    EXPECT_NE(page.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(page.body.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
    EXPECT_NE(page.body.find("Enter a valid email address"), std::string::npos);
}

TEST_F(WebPagesTest, ASignedInCustomerSkipsTheSignInForm)
{
    PageClient owner = signedInOwner("Skip Org");
    const HttpResult form = owner.get("/login?next=/account/");
    EXPECT_EQ(form.status, 303);
    EXPECT_EQ(form.header("Location"), "/account/");
}

} // namespace
} // namespace ebm::test
