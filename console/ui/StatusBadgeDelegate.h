#pragma once

#include <QStyledItemDelegate>

// Paints an organization's status as a coloured badge: green active, amber pending, red
// suspended, grey expired and cancelled.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    static QColor colourOf(const QString& status);
};
