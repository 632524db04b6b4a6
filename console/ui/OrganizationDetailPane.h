#pragma once

#include "charts/UsageChart.h"
#include "sync/OrganizationDetailLoader.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class InvoicesModel;
class JsonRowsModel;
class MembersModel;
class PaymentsModel;
class PlansModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

// One organization beside the list: its status and plan, the subscription, the members, the
// latest payments and invoices, and a chart per metric against its quota line over a chosen
// span, with the staff actions on it (extend, change plan, cancel). It never calls the network:
// it shows what it is given and asks through its signals.
class OrganizationDetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationDetailPane(QWidget* parent = nullptr);

    QString organizationId() const
    {
        return m_organizationId;
    }
    UsageChart& usageChart() const
    {
        return *m_chart;
    }
    MembersModel& members() const
    {
        return *m_members;
    }
    // The value shown for a subscription field ("plan", "period", "renewal", …).
    QString fieldValue(const QString& field) const;
    // The catalog offered by "Change plan…" (its active plans).
    void setPlans(const PlansModel& plans);
    void selectUsage(const QString& metric, OrganizationDetailLoader::Span span);

public slots:
    void showLoading(const QString& organizationId);
    void showDetail(const QJsonObject& detail);
    void showUsage(const UsageChart::Series& series);
    void showFailure(const QString& message);
    void clear();

signals:
    void usageRequested(const QString& organizationId, const QString& metric,
                        OrganizationDetailLoader::Span span);
    // Staff confirmed an action on this organization (`extend`, `cancel`…) with its body.
    void actionRequested(const QString& organizationId, const QString& action,
                         const QJsonObject& body);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createHeader();
    QWidget* createSubscriptionTab();
    // A read-only table of `model`; statusColumn (if any) painted as badges.
    QWidget* createTableTab(JsonRowsModel* model, const QString& name, int statusColumn = -1);
    QWidget* createUsageTab();
    void addField(const QString& field);
    void retranslate();
    void showHeader();
    void showSubscription();
    void showCurrentUsage();
    void requestUsage();
    void updateActions();
    void askExtension();
    void askCancellation();
    void askPlanChange();
    static QString selectionHint();

    QString m_organizationId;
    QJsonObject m_detail;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_name;
    QLabel* m_status;
    QLabel* m_summary;
    QPushButton* m_extend;
    QPushButton* m_changePlan;
    QPushButton* m_cancel;
    QTabWidget* m_tabs;
    QFormLayout* m_form = nullptr;
    QMap<QString, QLabel*> m_fieldTitles;
    QMap<QString, QLabel*> m_fieldValues;
    MembersModel* m_members;
    PaymentsModel* m_payments;
    InvoicesModel* m_invoices;
    const PlansModel* m_plans = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_span = nullptr;
    QLabel* m_usageNow = nullptr;
    UsageChart* m_chart = nullptr;
};
