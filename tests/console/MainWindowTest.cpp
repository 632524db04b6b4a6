#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Checks the console's main window offscreen: navigation, page switching, translation and the
// persisted language choice, with settings kept in a temporary directory.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithAllNavigationEntries();
    void selectingAnEntrySwitchesThePage();
    void ctrlDigitsSwitchSectionsAndCtrlFFindsTheSearch();
    void frenchTranslatorTranslatesTheWindow();
    void languageChoiceIsPersisted();
    void systemChoiceForgetsTheLanguage();
    void geometryIsRemembered();

private:
    static QListWidget* navigation(const MainWindow& window);
    static QStackedWidget* pages(const MainWindow& window);
    static QString connectionStatus(const MainWindow& window);
    static QAction* languageAction(const MainWindow& window, const QString& language);

    QTemporaryDir m_settingsDir;
    Workspace m_workspace;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    AppIdentity::install();
    QCOMPARE(QSettings().organizationName(), QStringLiteral("EsxiBackupManager"));
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void MainWindowTest::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

void MainWindowTest::opensWithAllNavigationEntries()
{
    Translations translations;
    translations.apply();
    MainWindow window(translations, m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList expected{QStringLiteral("Dashboard"),      QStringLiteral("Organizations"),
                               QStringLiteral("Bank transfers"), QStringLiteral("Orders"),
                               QStringLiteral("Payments"),       QStringLiteral("Invoices"),
                               QStringLiteral("Coupons"),        QStringLiteral("Plans"),
                               QStringLiteral("Audit log")};
    QListWidget* list = navigation(window);
    QCOMPARE(list->count(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(list->item(row)->text(), expected.at(row));
    }
    QCOMPARE(pages(window)->count(), expected.size());
    QCOMPARE(window.windowTitle(), QStringLiteral("ESXi Backup Manager Cloud — Console"));
    QCOMPARE(connectionStatus(window), QStringLiteral("Not connected"));
}

void MainWindowTest::selectingAnEntrySwitchesThePage()
{
    Translations translations;
    translations.apply();
    MainWindow window(translations, m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget* list = navigation(window);
    QCOMPARE(pages(window)->currentIndex(), 0);

    const QRect ordersRect = list->visualItemRect(list->item(3));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, ordersRect.center());

    QCOMPARE(pages(window)->currentIndex(), 3);
    const auto* title =
        pages(window)->currentWidget()->findChild<QLabel*>(QStringLiteral("pageTitle"));
    QVERIFY(title != nullptr);
    QCOMPARE(title->text(), QStringLiteral("Orders"));
    QVERIFY(title->isVisible());
}

void MainWindowTest::ctrlDigitsSwitchSectionsAndCtrlFFindsTheSearch()
{
    Translations translations;
    translations.apply();
    MainWindow window(translations, m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(navigation(window)->currentRow(), 4);
    QCOMPARE(pages(window)->currentIndex(), 4);
    QCOMPARE(pages(window)->currentWidget()->objectName(), QStringLiteral("paymentsPage"));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(pages(window)->currentWidget()->objectName(), QStringLiteral("auditLogPage"));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("search"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages(window)->currentIndex(), 0);
}

void MainWindowTest::frenchTranslatorTranslatesTheWindow()
{
    Translations translations;
    translations.apply();
    MainWindow window(translations, m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    translations.setPreferredLanguage(QStringLiteral("fr"));
    QCOMPARE(translations.activeLanguage(), QStringLiteral("fr"));

    QTRY_COMPARE(navigation(window)->item(0)->text(), QStringLiteral("Tableau de bord"));
    QCOMPARE(navigation(window)->item(2)->text(), QStringLiteral("Virements bancaires"));
    QCOMPARE(navigation(window)->item(8)->text(), QStringLiteral("Journal d'audit"));
    QCOMPARE(connectionStatus(window), QStringLiteral("Non connecté"));
    QCOMPARE(window.windowTitle(), QStringLiteral("ESXi Backup Manager Cloud — Console"));
    navigation(window)->setCurrentRow(3);
    const auto* title =
        pages(window)->currentWidget()->findChild<QLabel*>(QStringLiteral("pageTitle"));
    QVERIFY(title != nullptr);
    QTRY_COMPARE(title->text(), QStringLiteral("Commandes"));
}

void MainWindowTest::languageChoiceIsPersisted()
{
    {
        Translations translations;
        translations.apply();
        MainWindow window(translations, m_workspace);
        QSignalSpy changed(&translations, &Translations::languageChanged);

        languageAction(window, QStringLiteral("fr"))->trigger();

        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QTRY_COMPARE(navigation(window)->item(0)->text(), QStringLiteral("Tableau de bord"));
    }
    QCOMPARE(QCoreApplication::translate("ConsolePages", "Dashboard"), QStringLiteral("Dashboard"));

    Translations restarted;
    QCOMPARE(restarted.preferredLanguage(), QStringLiteral("fr"));
    restarted.apply();
    MainWindow window(restarted, m_workspace);
    QVERIFY(languageAction(window, QStringLiteral("fr"))->isChecked());
    QCOMPARE(connectionStatus(window), QStringLiteral("Non connecté"));

    languageAction(window, QStringLiteral("en"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QTRY_COMPARE(navigation(window)->item(0)->text(), QStringLiteral("Dashboard"));
}

void MainWindowTest::systemChoiceForgetsTheLanguage()
{
    Translations translations;
    translations.apply();
    MainWindow window(translations, m_workspace);

    languageAction(window, QString())->trigger();

    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QVERIFY(translations.preferredLanguage().isEmpty());
    QCOMPARE(Translations::matchLanguage({QStringLiteral("fr-CA"), QStringLiteral("en-US")}),
             QStringLiteral("fr"));
    QCOMPARE(Translations::matchLanguage({QStringLiteral("de-DE"), QStringLiteral("en-GB")}),
             QStringLiteral("en"));
    QCOMPARE(Translations::matchLanguage({QStringLiteral("de-DE")}), QStringLiteral("en"));
}

void MainWindowTest::geometryIsRemembered()
{
    const QSize size(777, 555);
    {
        Translations translations;
        MainWindow window(translations, m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        QVERIFY(window.close());
    }
    Translations translations;
    MainWindow window(translations, m_workspace);
    QCOMPARE(window.size(), size);
}

QListWidget* MainWindowTest::navigation(const MainWindow& window)
{
    auto* list = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    Q_ASSERT(list != nullptr);
    return list;
}

QStackedWidget* MainWindowTest::pages(const MainWindow& window)
{
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    Q_ASSERT(stack != nullptr);
    return stack;
}

QString MainWindowTest::connectionStatus(const MainWindow& window)
{
    const auto* label = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    return label != nullptr ? label->text() : QString();
}

QAction* MainWindowTest::languageAction(const MainWindow& window, const QString& language)
{
    const auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    Q_ASSERT(menu != nullptr);
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == language) {
            return action;
        }
    }
    Q_ASSERT_X(false, "languageAction", "no such language action");
    return nullptr;
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
