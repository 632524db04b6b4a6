#include "ui/StatusBadgeDelegate.h"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <algorithm>

namespace
{
const QStringList Good{QStringLiteral("active"), QStringLiteral("paid"),
                       QStringLiteral("completed")};
const QStringList Waiting{QStringLiteral("pending"), QStringLiteral("processing"),
                          QStringLiteral("issued"), QStringLiteral("draft")};
const QStringList Wrong{QStringLiteral("suspended"), QStringLiteral("failed")};
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{
}

QColor StatusBadgeDelegate::colourOf(const QString& status)
{
    if (Good.contains(status))
        return QColor(0x1e, 0x8e, 0x3e);
    if (Waiting.contains(status))
        return QColor(0xb0, 0x6d, 0x00);
    if (Wrong.contains(status))
        return QColor(0xc5, 0x22, 0x1f);
    return QColor(0x6b, 0x72, 0x80);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 2;
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 4 * padding,
            std::max(text.height(), metrics.height() + 8)};
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                        option.widget);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QColor colour = colourOf(index.data(m_statusRole).toString());
    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 2;
    QRect badge(0, 0, metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + 4);
    badge.moveCenter(
        QPoint(option.rect.left() + padding + badge.width() / 2, option.rect.center().y()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, colour);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}
