#include "ui/PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(ConsolePages::Page page, QWidget* parent)
    : QWidget(parent)
    , m_page(page)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_message->setObjectName(QStringLiteral("pageMessage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addStretch();
    retranslate();
}

ConsolePages::Page PlaceholderPage::page() const
{
    return m_page;
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_title->setText(ConsolePages::title(m_page));
    m_message->setText(ConsolePages::placeholderText(m_page));
}
