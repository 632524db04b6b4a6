#include "ui/OrganizationsPage.h"

#include "models/OrganizationFilter.h"
#include "models/OrganizationsModel.h"
#include "ui/OrganizationDetailPane.h"
#include "ui/ReasonDialog.h"
#include "ui/StatusBadgeDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
const QString HeaderKey = QStringLiteral("organizations/header");
const QString SplitterKey = QStringLiteral("organizations/splitter");
// How long the current row must stay put before its detail is asked for (each read of a
// detail is audited, so arrowing through the list must not read every row on the way).
constexpr int kSelectionPauseMs = 250;
const QStringList Statuses{QString(),
                           QStringLiteral("pending"),
                           QStringLiteral("active"),
                           QStringLiteral("suspended"),
                           QStringLiteral("expired"),
                           QStringLiteral("cancelled")};
} // namespace

OrganizationsPage::OrganizationsPage(OrganizationsModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new OrganizationFilter(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_activate(new QPushButton(this))
    , m_suspend(new QPushButton(this))
    , m_reactivate(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_syncState(new QLabel(this))
    , m_detail(new OrganizationDetailPane(this))
    , m_splitter(new QSplitter(this))
    , m_selectionPause(new QTimer(this))
{
    setObjectName(QStringLiteral("organizationsPage"));
    m_filter->setSourceModel(&m_model);
    createWidgets();
    retranslate();
    const QSettings settings;
    m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    updateActions();
}

OrganizationsPage::~OrganizationsPage()
{
    QSettings settings;
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void OrganizationsPage::createWidgets()
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (const QString& status : Statuses)
        m_status->addItem(QString(), status);
    m_table->setObjectName(QStringLiteral("organizationsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrganizationsModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegateForColumn(
        OrganizationsModel::Status, new StatusBadgeDelegate(OrganizationsModel::StatusRole, this));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_activate->setObjectName(QStringLiteral("activate"));
    m_suspend->setObjectName(QStringLiteral("suspend"));
    m_reactivate->setObjectName(QStringLiteral("reactivate"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_status);
    tools->addWidget(m_refresh);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_activate);
    actions->addWidget(m_suspend);
    actions->addWidget(m_reactivate);
    actions->addStretch(1);
    actions->addWidget(m_syncState);
    m_splitter->setObjectName(QStringLiteral("organizationsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);
    m_selectionPause->setSingleShot(true);
    m_selectionPause->setInterval(kSelectionPauseMs);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
    connect(m_search, &QLineEdit::textChanged, m_filter, &OrganizationFilter::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setStatus(m_status->itemData(index).toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &OrganizationsPage::refreshRequested);
    connect(m_activate, &QPushButton::clicked, this,
            [this] { requestBulk(QStringLiteral("activate")); });
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { requestBulk(QStringLiteral("suspend")); });
    connect(m_reactivate, &QPushButton::clicked, this,
            [this] { requestBulk(QStringLiteral("reactivate")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OrganizationsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionPause,
            qOverload<>(&QTimer::start));
    connect(m_selectionPause, &QTimer::timeout, this, &OrganizationsPage::announceCurrent);
}

QString OrganizationsPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(OrganizationsModel::IdRole).toString() : QString();
}

void OrganizationsPage::announceCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || id == m_detail->organizationId())
        return;
    m_detail->showLoading(id);
    emit organizationSelected(id);
}

void OrganizationsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, email or id (Ctrl+F)"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < Statuses.size(); ++i)
        m_status->setItemText(i, OrganizationsModel::statusLabel(Statuses.at(i)));
    m_refresh->setText(tr("Refresh"));
    m_activate->setText(tr("Activate…"));
    m_suspend->setText(tr("Suspend…"));
    m_reactivate->setText(tr("Reactivate…"));
}

void OrganizationsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QStringList OrganizationsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << index.data(OrganizationsModel::IdRole).toString();
    return ids;
}

void OrganizationsPage::updateActions()
{
    const bool any = !m_table->selectionModel()->selectedRows().isEmpty();
    m_activate->setEnabled(any);
    m_suspend->setEnabled(any);
    m_reactivate->setEnabled(any);
}

QString OrganizationsPage::askReason(const QString& action, int count)
{
    const QString title = action == QLatin1String("suspend")    ? tr("Suspend organizations")
                          : action == QLatin1String("activate") ? tr("Activate organizations")
                                                                : tr("Reactivate organizations");
    ReasonDialog dialog(title,
                        tr("Why, for these %n organization(s)? The reason is kept in the "
                           "audit log.",
                           nullptr, count),
                        this);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}

void OrganizationsPage::requestBulk(const QString& action)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString reason = askReason(action, static_cast<int>(ids.size()));
    if (!reason.isEmpty())
        emit bulkActionRequested(action, ids, reason);
}

void OrganizationsPage::showSyncState(const QString& text, bool stale)
{
    m_syncState->setText(text);
    m_syncState->setStyleSheet(stale ? QStringLiteral("color: #c5221f") : QString());
}

void OrganizationsPage::showBusy(bool busy)
{
    m_refresh->setEnabled(!busy);
}
