#pragma once

#include <QStringList>
#include <QWidget>

class OrganizationFilter;
class OrganizationsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The organizations list: search, status filter, sortable columns with coloured status badges,
// several rows selected at once for a bulk activate, suspend or reactivate (with a reason), and
// how fresh the local copy is. It never calls the network: it asks through its signals.
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

public slots:
    void showSyncState(const QString& text, bool stale);
    void showBusy(bool busy);

signals:
    void refreshRequested();
    void bulkActionRequested(const QString& action, const QStringList& ids, const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void retranslate();
    void requestBulk(const QString& action);
    void updateActions();
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
};
