#pragma once

#include "ui/ConsolePages.h"

#include <QWidget>

class QLabel;

// A section page shown until the console is connected: the section's title and a hint.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(ConsolePages::Page page, QWidget* parent = nullptr);

    ConsolePages::Page page() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ConsolePages::Page m_page;
    QLabel* m_title;
    QLabel* m_message;
};
