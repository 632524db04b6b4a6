#pragma once

#include <QWidget>

class BankTransfersModel;
class QLabel;
class QPushButton;
class QTableView;
class QTemporaryFile;

// The bank-transfer queue: the transfers waiting for staff, the selected one's receipt (images
// shown here, PDFs opened in the desktop's viewer), approve with the amount received or reject
// with a reason. It never calls the network: it asks through its signals.
class BankTransfersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BankTransfersPage(BankTransfersModel& model, QWidget* parent = nullptr);
    ~BankTransfersPage() override;

    // The payment id of the selected row, 0 when none.
    qint64 selectedPayment() const;

public slots:
    void showReceipt(qint64 paymentId, const QByteArray& bytes, const QString& contentType);

signals:
    void refreshRequested();
    void receiptRequested(qint64 paymentId);
    void approveRequested(qint64 paymentId, const QString& amountReceived);
    void rejectRequested(qint64 paymentId, const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void retranslate();
    void selectionChanged();
    void askApproval();
    void askRejection();
    void openPdf();

    BankTransfersModel& m_model;
    QTableView* m_table;
    QLabel* m_preview;
    QPushButton* m_openPdf;
    QPushButton* m_refresh;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QTemporaryFile* m_pdf = nullptr;
};
