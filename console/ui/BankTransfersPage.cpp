#include "ui/BankTransfersPage.h"

#include "models/BankTransfersModel.h"
#include "ui/ReasonDialog.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

BankTransfersPage::BankTransfersPage(BankTransfersModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_preview(new QLabel(this))
    , m_openPdf(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
{
    setObjectName(QStringLiteral("bankTransfersPage"));
    createWidgets();
    retranslate();
    selectionChanged();
}

BankTransfersPage::~BankTransfersPage() = default;

void BankTransfersPage::createWidgets()
{
    m_table->setObjectName(QStringLiteral("bankTransfersTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(240, 240);
    m_openPdf->setObjectName(QStringLiteral("openPdf"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    auto* receipt = new QWidget(this);
    auto* receiptLayout = new QVBoxLayout(receipt);
    receiptLayout->addWidget(m_preview, 1);
    receiptLayout->addWidget(m_openPdf);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(receipt);
    splitter->setStretchFactor(0, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &BankTransfersPage::refreshRequested);
    connect(m_approve, &QPushButton::clicked, this, &BankTransfersPage::askApproval);
    connect(m_reject, &QPushButton::clicked, this, &BankTransfersPage::askRejection);
    connect(m_openPdf, &QPushButton::clicked, this, &BankTransfersPage::openPdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BankTransfersPage::selectionChanged);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BankTransfersPage::selectionChanged);
}

void BankTransfersPage::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_approve->setText(tr("Approve…"));
    m_reject->setText(tr("Reject…"));
    m_openPdf->setText(tr("Open the PDF receipt"));
    if (m_preview->pixmap().isNull())
        m_preview->setText(tr("No receipt"));
}

void BankTransfersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

qint64 BankTransfersPage::selectedPayment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(BankTransfersModel::PaymentIdRole).toLongLong();
}

void BankTransfersPage::selectionChanged()
{
    const qint64 payment = selectedPayment();
    m_approve->setEnabled(payment != 0);
    m_reject->setEnabled(payment != 0);
    m_openPdf->setVisible(false);
    m_preview->setPixmap({});
    m_preview->setText(tr("No receipt"));
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (payment != 0 &&
        !rows.first().data(BankTransfersModel::ReceiptTypeRole).toString().isEmpty())
        emit receiptRequested(payment);
}

void BankTransfersPage::showReceipt(qint64 paymentId, const QByteArray& bytes,
                                    const QString& contentType)
{
    if (paymentId != selectedPayment())
        return;
    if (contentType.startsWith(QLatin1String("image/"))) {
        QPixmap image;
        image.loadFromData(bytes);
        m_preview->setPixmap(
            image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        return;
    }
    delete m_pdf;
    m_pdf = new QTemporaryFile(QStringLiteral("receipt-XXXXXX.pdf"), this);
    if (m_pdf->open()) {
        m_pdf->write(bytes);
        m_pdf->flush();
        m_preview->setText(tr("PDF receipt (%n byte(s))", nullptr, static_cast<int>(bytes.size())));
        m_openPdf->setVisible(true);
    }
}

void BankTransfersPage::openPdf()
{
    if (m_pdf != nullptr)
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_pdf->fileName()));
}

void BankTransfersPage::askApproval()
{
    const qint64 payment = selectedPayment();
    const QModelIndex row = m_table->selectionModel()->selectedRows().value(0);
    bool ok = false;
    const QString amount = QInputDialog::getText(
        this, tr("Approve the transfer"),
        tr("Amount received (%1):").arg(row.data(BankTransfersModel::CurrencyRole).toString()),
        QLineEdit::Normal, row.data(BankTransfersModel::OutstandingRole).toString(), &ok);
    if (ok && !amount.trimmed().isEmpty())
        emit approveRequested(payment, amount.trimmed());
}

void BankTransfersPage::askRejection()
{
    ReasonDialog dialog(tr("Reject the transfer"),
                        tr("Why? The customer receives this reason by email."), this);
    if (dialog.exec() == QDialog::Accepted)
        emit rejectRequested(selectedPayment(), dialog.reason());
}
