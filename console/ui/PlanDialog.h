#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Creates or edits a plan: name, description, monthly and yearly price, the five quotas (each
// may be unlimited), features, support level, retention, popularity, order and whether it is
// sold. The slug, tier and currency are chosen once, when creating. It answers the JSON to send.
class PlanDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PlanDialog(QWidget* parent = nullptr);

    // Fills the fields from a plan of GET /api/admin/plans/ to edit it.
    void setPlan(const QJsonObject& plan);
    // Every field, as POST /api/admin/plans/ takes it.
    QJsonObject plan() const;
    // The fields PATCH /api/admin/plans/{id}/ may change.
    QJsonObject changes() const;

private:
    struct Quota
    {
        QString field;
        QSpinBox* limit;
        QCheckBox* unlimited;
    };
    struct Feature
    {
        QString field;
        QCheckBox* box;
    };

    void createWidgets();
    void addQuota(const QString& field, const QString& label);
    void addFeature(const QString& field, const QString& label);
    void updateButtons();

    QLineEdit* m_slug;
    QComboBox* m_tier;
    QLineEdit* m_currency;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QLineEdit* m_monthly;
    QLineEdit* m_yearly;
    QComboBox* m_support;
    QSpinBox* m_retention;
    QSpinBox* m_restorePoints;
    QCheckBox* m_popular;
    QSpinBox* m_sortOrder;
    QCheckBox* m_active;
    QDialogButtonBox* m_buttons;
    QList<Quota> m_quotas;
    QList<Feature> m_features;
    QFormLayout* m_form = nullptr;
};
