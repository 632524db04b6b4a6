// In-portal notifications come from resources/notifications, one template per kind the services
// publish, with every string translated into French (context Email, shared with the emails), and
// render in both languages with their positional arguments filled.
#include "app/EmbeddedFiles.h"
#include "i18n/Translator.h"
#include "services/CustomerEvents.h"
#include "services/NotificationTexts.h"
#include "web/Template.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace ebm::services
{
namespace
{

// Every kind of notification the services publish.
const std::vector<std::string> kKinds = {
    "cancellation_scheduled",
    "cancellation_withdrawn",
    "cancelled",
    "cancelled_by_staff",
    "downgrade_scheduled",
    "downgrade_withdrawn",
    "expired",
    "invoice_issued",
    "member_invited",
    "payment_failed",
    "payment_overdue",
    "payment_receipt",
    "plan_changed",
    "quota_threshold",
    "reactivation",
    "renewal_reminder",
    "renewed",
    "suspension",
    "suspension_unpaid",
    "welcome",
};

store::NotificationRecord notification(const std::string& kind,
                                       std::vector<std::string> arguments = {"«one»", "«two»",
                                                                             "«three»"})
{
    store::NotificationRecord record;
    record.eventType = "event.type";
    record.kind = kind;
    record.arguments = std::move(arguments);
    return record;
}

// The source of a kind's template.
std::string sourceOf(const std::string& kind)
{
    for (const embedded::EmbeddedFile& file : embedded::notificationFiles())
        if (file.path == kind + ".txt")
            return std::string(file.content);
    return {};
}

TEST(NotificationTextsTest, EveryPublishedKindHasATemplateAndNoTemplateIsLeftOver)
{
    EXPECT_EQ(NotificationTexts::kinds(), kKinds);

    // The kinds the event factories give are all listed above, and each listed kind is one of
    // theirs or a subscription step's (an email notice with a webhook type).
    const std::set<std::string> published{
        CustomerEvents::memberInvited("org", "ana@example.com", "admin").kind,
        CustomerEvents::quotaThreshold("org", "servers", 80, 4, 5).kind,
        CustomerEvents::provisioned(store::OrganizationRecord{}, "Pro").kind,
        CustomerEvents::paymentCompleted("org", store::OrderRecord{}, store::InvoiceRecord{}, 1)
            .kind,
        CustomerEvents::paymentFailed("org", store::OrderRecord{}, 1, "declined").kind,
        CustomerEvents::invoiceIssued(store::InvoiceRecord{}).kind};
    for (const std::string& kind : published)
        EXPECT_TRUE(std::ranges::find(kKinds, kind) != kKinds.end()) << kind << " has no template";
    for (const std::string& kind : kKinds)
        EXPECT_TRUE(published.contains(kind) || !CustomerEvents::subscriptionType(kind).empty())
            << kind << " is never published";
    EXPECT_EQ(CustomerEvents::ping("org").kind, ""); // no in-portal notification
}

TEST(NotificationTextsTest, EveryTemplateStringHasAFrenchTranslation)
{
    const i18n::Translator french("fr");
    std::size_t strings = 0;
    for (const embedded::EmbeddedFile& file : embedded::notificationFiles()) {
        for (const std::string& text : web::Template::translatableStrings(file.content)) {
            ++strings;
            EXPECT_NE(french.translate("Email", text.c_str()), text)
                << file.path << ": \"" << text << "\" has no French translation";
        }
    }
    EXPECT_EQ(strings, 2 * kKinds.size()); // a title and a text each
}

TEST(NotificationTextsTest, EveryKindRendersInBothLanguagesWithItsArgumentsFilled)
{
    const std::regex placeholder("%[1-9]");
    for (const std::string& kind : kKinds) {
        // The arguments the English source uses, by position.
        std::set<std::string> used;
        const std::string source = sourceOf(kind);
        for (auto match = std::sregex_iterator(source.begin(), source.end(), placeholder);
             match != std::sregex_iterator(); ++match)
            used.insert(match->str());
        ASSERT_FALSE(used.empty()) << kind;

        std::string englishTitle;
        for (const char* locale : {"en", "fr"}) {
            const auto rendered =
                NotificationTexts::render(notification(kind), i18n::Translator(locale));
            const std::string both = rendered.title + "\n" + rendered.text;
            EXPECT_FALSE(rendered.title.empty()) << kind << " " << locale;
            EXPECT_FALSE(rendered.text.empty()) << kind << " " << locale;
            EXPECT_NE(rendered.title, "event.type") << kind << " " << locale;
            EXPECT_FALSE(std::regex_search(both, placeholder))
                << kind << " " << locale << ": " << both;
            EXPECT_EQ(both.find("{{"), std::string::npos) << kind << " " << locale;
            EXPECT_EQ(both.find("Title:"), std::string::npos) << kind << " " << locale;
            EXPECT_EQ(both.find('\n', rendered.title.size() + 1), std::string::npos)
                << kind << " " << locale << ": one line each";
            for (const auto& [position, value] :
                 {std::pair{"%1", "«one»"}, std::pair{"%2", "«two»"}, std::pair{"%3", "«three»"}})
                EXPECT_EQ(both.find(value) != std::string::npos, used.contains(position))
                    << kind << " " << locale << ": " << position << " in " << both;
            if (std::string(locale) == "en")
                englishTitle = rendered.title;
            else
                EXPECT_NE(rendered.title, englishTitle) << kind << ": the same in French";
        }
    }
}

TEST(NotificationTextsTest, SharesTheEmailsTranslationsAndCarriesTheFormerNotificationOnes)
{
    const i18n::Translator english("en");
    const i18n::Translator french("fr");

    const auto suspended =
        NotificationTexts::render(notification("suspension", {"Acme", "unpaid invoice"}), french);
    EXPECT_EQ(suspended.title, "Acme est suspendue");
    EXPECT_EQ(suspended.text, "Votre organisation Acme est suspendue : unpaid invoice. Réglez la "
                              "facture en attente dans Facturation ou contactez le support pour "
                              "la réactiver.");

    const auto receipt = NotificationTexts::render(
        notification("payment_receipt", {"12.00 EUR", "ORD-1", "INV-2"}), french);
    EXPECT_EQ(receipt.title, "Paiement de 12,00\u00A0EUR reçu");
    EXPECT_EQ(receipt.text, "Nous avons reçu votre paiement de 12,00\u00A0EUR pour la commande "
                            "ORD-1. Votre facture INV-2 est disponible dans Factures.");

    const auto invited = NotificationTexts::render(
        notification("member_invited", {"ana@example.com", "admin"}), english);
    EXPECT_EQ(invited.title, "Invitation sent to ana@example.com");
    EXPECT_EQ(invited.text, "ana@example.com was invited to join the organization as admin.");
}

TEST(NotificationTextsTest, QuotaNotificationsNameTheMetricLikeTheQuotaEmail)
{
    const auto english = NotificationTexts::render(
        notification("quota_threshold", {"servers", "80"}), i18n::Translator("en"));
    EXPECT_EQ(english.title, "ESXi servers: 80 % of the quota used");
    EXPECT_EQ(english.text, "Your organization uses 80 % of the ESXi servers its plan allows. "
                            "Free some up or upgrade the plan to keep room.");

    const auto french = NotificationTexts::render(
        notification("quota_threshold", {"storage", "100"}), i18n::Translator("fr"));
    EXPECT_EQ(french.title, "stockage de sauvegarde : 100 % du quota utilisé");

    const auto unknown = NotificationTexts::render(
        notification("quota_threshold", {"widgets", "80"}), i18n::Translator("en"));
    EXPECT_EQ(unknown.title, "widgets: 80 % of the quota used");
}

TEST(NotificationTextsTest, DatesAndAmountsAreWrittenTheWayTheReadersLanguageWritesThem)
{
    const auto reminder = notification("renewal_reminder", {"Acme", "2024-02-29"});
    EXPECT_EQ(NotificationTexts::render(reminder, i18n::Translator("fr")).title,
              "Votre abonnement pour Acme se termine le 29/02/2024");
    EXPECT_EQ(NotificationTexts::render(reminder, i18n::Translator("en")).title,
              "Your subscription for Acme ends on 2024-02-29");

    const auto invoice = notification("invoice_issued", {"INV-1", "1234567 XAF"});
    EXPECT_NE(NotificationTexts::render(invoice, i18n::Translator("fr"))
                  .text.find("1\u202F234\u202F567\u00A0XAF"),
              std::string::npos);
    EXPECT_NE(NotificationTexts::render(invoice, i18n::Translator("en")).text.find("1,234,567 XAF"),
              std::string::npos);

    const auto notAnAmount = notification("cancelled_by_staff", {"2024 ABC", "12.345 EUR"});
    const auto shown = NotificationTexts::render(notAnAmount, i18n::Translator("fr"));
    EXPECT_NE(shown.title.find("2024 ABC"), std::string::npos) << shown.title;
    EXPECT_NE(shown.text.find("12.345 EUR"), std::string::npos) << shown.text;
}

TEST(NotificationTextsTest, UnknownKindShowsItsEventTypeAsTheTitle)
{
    for (const char* locale : {"en", "fr"}) {
        const auto unknown =
            NotificationTexts::render(notification("no_such_kind"), i18n::Translator(locale));
        EXPECT_EQ(unknown.title, "event.type");
        EXPECT_EQ(unknown.text, "");
        const auto empty = NotificationTexts::render(notification(""), i18n::Translator(locale));
        EXPECT_EQ(empty.title, "event.type");
        EXPECT_EQ(empty.text, "");
    }
}

TEST(NotificationTextsTest, AMissingArgumentLeavesItsPlaceholder)
{
    const auto renewed =
        NotificationTexts::render(notification("renewed", {"Acme"}), i18n::Translator("en"));
    EXPECT_EQ(renewed.title, "Your subscription for Acme is renewed");
    EXPECT_EQ(renewed.text, "The subscription of Acme is renewed until %2. Thank you.");
}

} // namespace
} // namespace ebm::services
