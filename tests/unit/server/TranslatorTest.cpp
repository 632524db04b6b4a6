#include "i18n/Translator.h"

#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <vector>

namespace ebm::i18n
{
namespace
{

TEST(TranslatorTest, FrenchComesFromTheEmbeddedCatalogue)
{
    const Translator french("fr");
    EXPECT_EQ(french.locale(), "fr");
    EXPECT_EQ(french.languageName("en"), "Anglais");
    EXPECT_EQ(french.languageName("fr"), "Français");
    EXPECT_EQ(french.translate("Locale", "English"), "Anglais");
}

TEST(TranslatorTest, EnglishIsTheSourceText)
{
    const Translator english("en");
    EXPECT_EQ(english.locale(), "en");
    EXPECT_EQ(english.languageName("fr"), "French");
    EXPECT_EQ(english.translate("Locale", "English"), "English");
}

TEST(TranslatorTest, UnknownTextFallsBackToTheSource)
{
    const Translator french("fr");
    EXPECT_EQ(french.translate("Nowhere", "Not in the catalogue"), "Not in the catalogue");
}

TEST(TranslatorTest, UnknownLocaleFallsBackToEnglish)
{
    for (const std::string locale : {"de", "", "FR", "fr_FR"}) {
        const Translator translator(locale);
        EXPECT_EQ(translator.locale(), "en") << locale;
        EXPECT_EQ(translator.languageName("en"), "English") << locale;
    }
}

TEST(TranslatorTest, SubstituteReplacesPlaceholdersInOnePass)
{
    EXPECT_EQ(substitute("Hello %1, you owe %2", {"Zoé", "29.00 EUR"}),
              "Hello Zoé, you owe 29.00 EUR");
    EXPECT_EQ(substitute("%2 before %1", {"a", "b"}), "b before a");
    EXPECT_EQ(substitute("%1 then %2", {"%2", "x"}), "%2 then x");
    EXPECT_EQ(substitute("%1%1", {"%1"}), "%1%1");
}

TEST(TranslatorTest, SubstituteKeepsPlaceholdersWithoutArguments)
{
    EXPECT_EQ(substitute("%1 and %3 at 100%", {"one"}), "one and %3 at 100%");
    EXPECT_EQ(substitute("%0 %", {"x"}), "%0 %");
    EXPECT_EQ(substitute("", {"x"}), "");
}

TEST(TranslatorTest, ConcurrentTranslationsAgree)
{
    constexpr int kThreads = 8;
    std::vector<std::string> results(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&results, i] {
            for (int round = 0; round < 1000; ++round) {
                results[static_cast<std::size_t>(i)] = Translator("fr").languageName("en");
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const std::string& result : results) {
        EXPECT_EQ(result, "Anglais");
    }
}

} // namespace
} // namespace ebm::i18n
