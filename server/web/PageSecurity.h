#pragma once

#include "http/PageGate.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"

namespace ebm::web
{

// The pages' side of the request pipeline: refuses a form POST without a valid CSRF token, and
// shows failures as pages — signing in for a page that needs it, a translated error page
// otherwise.
class PageSecurity final : public http::PageGate
{
public:
    PageSecurity(const PageRenderer& renderer, const CsrfTokens& csrf, bool secureCookies);

    void checkForm(const http::ApiRequest& request) const override;
    http::ApiResponse errorPage(const http::ApiError& error, const std::string& path,
                                const Poco::Net::NameValueCollection& headers,
                                const std::string& requestId) const override;

private:
    const PageRenderer& m_renderer;
    const CsrfTokens& m_csrf;
    bool m_secureCookies;
};

} // namespace ebm::web
