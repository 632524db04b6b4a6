#pragma once

#include <QStyledItemDelegate>

// Paints a status (of an organization, order, payment or invoice, read under `statusRole`) as a
// coloured badge: green when done well (active, paid, completed), amber while waiting (pending,
// processing, issued, draft), red when it went wrong (suspended, failed), grey when it is over
// (expired, cancelled, void, refunded).
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    StatusBadgeDelegate(int statusRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor colourOf(const QString& status);

private:
    int m_statusRole;
};
