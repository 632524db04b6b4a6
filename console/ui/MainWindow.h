#pragma once

#include <QList>
#include <QMainWindow>

class AdminListPage;
class OrganizationDetailPane;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class Translations;
class Workspace;

// The staff console's main window: section navigation, one page per section (shown from the
// workspace's models), menus and a connection status; it remembers its geometry and never
// talks to the network itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Translations& translations, Workspace& workspace, QWidget* parent = nullptr);

public slots:
    void showConnected(const QString& server, const QString& userName);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    QWidget* pageFor(int page);
    QWidget* organizationsPage();
    void connectDetail(OrganizationDetailPane& pane);
    QWidget* bankTransfersPage();
    QWidget* dashboardPage();
    void showBulkOutcome(int changed, const QStringList& refusals);
    void createMenus();
    void createLanguageMenu();
    void createPageActions();
    AdminListPage* currentListPage() const;
    void updatePageActions();
    void createStatusBar();
    void showActivity(int callsInFlight);
    void retranslate();
    void retranslateLanguageMenu();
    void checkPreferredLanguage();
    void selectLanguage(QAction* action);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Translations* m_translations;
    Workspace* m_workspace;
    QString m_server;
    QString m_userName;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_connectionStatus;
    QProgressBar* m_activity;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QList<QAction*> m_sectionActions;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};
