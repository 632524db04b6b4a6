#include "ui/AdminListPage.h"

#include "models/JsonRowsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
constexpr int kTypingPauseMs = 400;

QString headerKey(ConsolePages::Page page)
{
    return QStringLiteral("lists/%1/header").arg(static_cast<int>(page));
}
} // namespace

AdminListPage::AdminListPage(JsonRowsModel& model, ConsolePages::Page page, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_page(page)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filterRow(new QHBoxLayout)
    , m_actionRow(new QHBoxLayout)
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_more(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_typing(new QTimer(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(JsonRowsModel::SortRole);
    m_proxy->setFilterRole(JsonRowsModel::ActiveRole);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    createWidgets();
    restoreHeader();
    AdminListPage::retranslate();
}

AdminListPage::~AdminListPage()
{
    QSettings().setValue(headerKey(m_page), m_table->horizontalHeader()->saveState());
}

void AdminListPage::createWidgets()
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_more->setObjectName(QStringLiteral("loadMore"));
    m_more->hide();
    m_state->setObjectName(QStringLiteral("listState"));

    m_filterRow->addStretch(1);
    m_filterRow->addWidget(m_refresh);
    m_actionRow->addStretch(1);
    m_actionRow->addWidget(m_state);
    m_actionRow->addWidget(m_more);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_actionRow);

    auto* remove =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AdminListPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &AdminListPage::activateSelected);
    connect(m_refresh, &QPushButton::clicked, this, &AdminListPage::requestRefresh);
    connect(m_more, &QPushButton::clicked, this, &AdminListPage::moreRequested);
    connect(m_typing, &QTimer::timeout, this, &AdminListPage::requestRefresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdminListPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AdminListPage::updateActions);
}

void AdminListPage::restoreHeader()
{
    const QByteArray state = QSettings().value(headerKey(m_page)).toByteArray();
    m_columnsSized = !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
}

void AdminListPage::retranslate()
{
    m_title->setText(ConsolePages::title(m_page));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the list again (F5)"));
    m_more->setText(tr("Load more"));
    if (m_total >= 0)
        showLoaded(m_count, m_total);
}

void AdminListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminListPage::updateActions()
{
}

void AdminListPage::activateSelected()
{
}

void AdminListPage::deleteSelected()
{
}

QLineEdit* AdminListPage::searchField() const
{
    return nullptr;
}

QUrlQuery AdminListPage::filters() const
{
    return {};
}

QJsonObject AdminListPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model.rowAt(m_proxy->mapToSource(rows.first()).row());
}

qint64 AdminListPage::selectedId() const
{
    return selectedRow().value(QStringLiteral("id")).toInteger();
}

bool AdminListPage::selectId(qint64 id)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model.index(m_model.rowOfId(id), 0));
    if (!row.isValid())
        return false;
    m_table->selectRow(row.row());
    return true;
}

void AdminListPage::requestRefresh()
{
    m_typing->stop();
    emit loadRequested(filters());
}

void AdminListPage::focusSearch()
{
    if (QLineEdit* search = searchField()) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void AdminListPage::scheduleLoad()
{
    m_typing->start();
}

void AdminListPage::showLoaded(int count, int total)
{
    m_count = count;
    m_total = total;
    if (!m_columnsSized && count > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    m_state->setStyleSheet(QString());
    m_state->setText(count < total ? tr("%1 of %n row(s)", nullptr, total).arg(count)
                                   : tr("%n row(s)", nullptr, total));
    m_more->setVisible(count < total);
}

void AdminListPage::showBusy(bool busy)
{
    m_refresh->setEnabled(!busy);
    m_more->setEnabled(!busy);
    if (busy) {
        m_state->setStyleSheet(QString());
        m_state->setText(tr("Loading…"));
    }
}

void AdminListPage::showError(const QString& message)
{
    m_state->setStyleSheet(QStringLiteral("color: #c5221f"));
    m_state->setText(tr("Not loaded: %1").arg(message));
}

void AdminListPage::setDetail(QWidget* detail)
{
    auto* splitter = new QSplitter(this);
    layout()->replaceWidget(m_table, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
}

void AdminListPage::showInactive(bool show)
{
    m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("true"));
}

void AdminListPage::setChoices(QComboBox* box, const QString& all, const QStringList& values,
                               QString (*label)(const QString&))
{
    const QSignalBlocker blocker(box);
    if (box->count() == 0) {
        box->addItem(QString(), QString());
        for (const QString& value : values)
            box->addItem(QString(), value);
    }
    box->setItemText(0, all);
    for (int i = 1; i < box->count(); ++i)
        box->setItemText(i, label(box->itemData(i).toString()));
}

QString AdminListPage::choice(const QComboBox* box)
{
    return box->currentData().toString();
}

void AdminListPage::addFilter(QUrlQuery& query, const QString& key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        query.addQueryItem(key, value.trimmed());
}

void AdminListPage::warn(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("refusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
