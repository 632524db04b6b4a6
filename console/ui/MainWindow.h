#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class Translations;

// The staff console's main window: section navigation, one page per section, menus and a
// connection status; it remembers its geometry and never talks to the network itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Translations& translations, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void createLanguageMenu();
    void createStatusBar();
    void retranslate();
    void retranslateLanguageMenu();
    void checkPreferredLanguage();
    void selectLanguage(QAction* action);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Translations* m_translations;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_connectionStatus;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};
