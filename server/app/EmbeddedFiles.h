#pragma once

#include <span>
#include <string_view>

// Data files compiled into the binary by EmbedFiles.cmake (see server/CMakeLists.txt).
namespace ebm::embedded
{

std::string_view file__0001_initial();
std::string_view file__0002_inventory();
std::string_view file__0003_plan_changes();
std::string_view file__0004_payments();
std::string_view file__0005_admin_organizations();
std::string_view file__0006_analytics();
std::string_view file__0007_jobs();
std::string_view file__0008_billing_jobs();
std::string_view file__0009_notifications();
std::string_view file__0010_renewal_invoice_only();
std::string_view file_plans();

// One file of an embedded folder: its path inside the folder ("templates/pricing.html").
struct EmbeddedFile
{
    std::string_view path;
    std::string_view content;
};

// resources/web: page templates (templates/…) and the assets served under /static/ (static/…).
std::span<const EmbeddedFile> webFiles();
// resources/email: each email's templates (<name>.txt, <name>.html) and the layouts around them.
std::span<const EmbeddedFile> emailFiles();
// resources/notifications: each in-portal notification kind's template (<kind>.txt).
std::span<const EmbeddedFile> notificationFiles();

} // namespace ebm::embedded
