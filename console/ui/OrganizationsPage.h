#pragma once

#include <QStringList>
#include <QWidget>

class OrganizationDetailPane;
class OrganizationFilter;
class OrganizationsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

// The organizations list: search, status filter, sortable columns with coloured status badges,
// several rows selected at once for a bulk activate, suspend or reactivate (with a reason), how
// fresh the local copy is, and the detail of the current organization beside it. It never calls
// the network: it asks through its signals.
class OrganizationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationsPage(OrganizationsModel& model, QWidget* parent = nullptr);
    ~OrganizationsPage() override;

    QStringList selectedIds() const;
    OrganizationFilter& filter() const
    {
        return *m_filter;
    }
    OrganizationDetailPane& detailPane() const
    {
        return *m_detail;
    }
    // The organization of the current row, or empty.
    QString currentId() const;

public slots:
    void showSyncState(const QString& text, bool stale);
    void showBusy(bool busy);

signals:
    void refreshRequested();
    void bulkActionRequested(const QString& action, const QStringList& ids, const QString& reason);
    // Staff rested on one organization (the current row), so its detail is wanted.
    void organizationSelected(const QString& organizationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void retranslate();
    void requestBulk(const QString& action);
    void updateActions();
    void announceCurrent();
    QString askReason(const QString& action, int count);

    OrganizationsModel& m_model;
    OrganizationFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QPushButton* m_refresh;
    QPushButton* m_activate;
    QPushButton* m_suspend;
    QPushButton* m_reactivate;
    QTableView* m_table;
    QLabel* m_syncState;
    OrganizationDetailPane* m_detail;
    QSplitter* m_splitter;
    QTimer* m_selectionPause;
};
