#pragma once

#include "ui/ConsolePages.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <QWidget>

class JsonRowsModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

// What every staff list page shares: its title, a row of filters, a sortable table whose column
// widths are remembered, Refresh, "n of total" with Load more, the last error, and a row of
// actions. Subclasses add their filters and actions. It never calls the network: it asks for a
// load with the filters through loadRequested.
class AdminListPage : public QWidget
{
    Q_OBJECT

public:
    AdminListPage(JsonRowsModel& model, ConsolePages::Page page, QWidget* parent = nullptr);
    ~AdminListPage() override;

    QTableView* table() const
    {
        return m_table;
    }
    // The selected row as the server sent it; empty when none.
    QJsonObject selectedRow() const;
    qint64 selectedId() const;
    // Selects the row of `id` (for tests and after an action); false when it is not shown.
    bool selectId(qint64 id);
    // The query parameters the filters stand for (empty values left out).
    virtual QUrlQuery filters() const;

public slots:
    void requestRefresh();
    void focusSearch();
    void showLoaded(int count, int total);
    void showBusy(bool busy);
    void showError(const QString& message);

signals:
    void loadRequested(const QUrlQuery& filters);
    void moreRequested();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate();
    virtual void updateActions();
    // Return or double-click on a row, and the Delete key: the page's natural actions.
    virtual void activateSelected();
    virtual void deleteSelected();
    virtual QLineEdit* searchField() const;

    QHBoxLayout* filterRow() const
    {
        return m_filterRow;
    }
    QHBoxLayout* actionRow() const
    {
        return m_actionRow;
    }
    // Puts `detail` beside the table (the audit log's before/after).
    void setDetail(QWidget* detail);
    // Hides the rows whose "is_active" is false unless `show`.
    void showInactive(bool show);
    // Asks for a load once typing pauses.
    void scheduleLoad();
    // A combo box offering "all" then each value, labelled by `label`; kept on retranslate.
    static void setChoices(QComboBox* box, const QString& all, const QStringList& values,
                           QString (*label)(const QString&));
    static QString choice(const QComboBox* box);
    static void addFilter(QUrlQuery& query, const QString& key, const QString& value);
    // A non-modal warning with the server's answer, so nothing waits on it.
    void warn(const QString& title, const QString& message);

private:
    void createWidgets();
    void restoreHeader();

    JsonRowsModel& m_model;
    ConsolePages::Page m_page;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QHBoxLayout* m_filterRow;
    QHBoxLayout* m_actionRow;
    QTableView* m_table;
    QPushButton* m_refresh;
    QPushButton* m_more;
    QLabel* m_state;
    QTimer* m_typing;
    int m_count = 0;
    int m_total = -1;            // none loaded yet
    bool m_columnsSized = false; // by the saved widths or once to the first rows
};
