#include "billing/InvoicePdf.h"

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

#include <algorithm>
#include <array>
#include <mutex>
#include <stdexcept>

namespace ebm::billing
{

namespace
{

constexpr int kDotsPerInch = 300;
constexpr double kMillimetresPerInch = 25.4;
// Share of the page width taken by each column: description, quantity, unit price, amount.
constexpr std::array<double, 4> kColumnShares{0.52, 0.10, 0.19, 0.19};
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xcc, 0xcc, 0xcc);
const QColor kHeaderFill(0xee, 0xf2, 0xf6);
const QColor kWatermark(0xc0, 0x00, 0x00, 0x50);

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QFont fontOf(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" stays two characters, so the PDF's text can be searched and copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void requireGuiApplication()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        throw std::runtime_error("InvoicePdf: no QGuiApplication in this process; construct "
                                 "billing::GuiRuntime on the main thread first");
}

void configure(QPdfWriter& writer, const InvoiceDocument& document)
{
    writer.setResolution(kDotsPerInch);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(qs(document.title));
    writer.setCreator(QStringLiteral("ESXi Backup Manager Cloud"));
}

// Lays one invoice out top to bottom on the pages of a QPdfWriter: seller and heading, buyer,
// the table of lines (continued on new pages when long), totals, footer and watermark.
class InvoiceLayout final
{
public:
    InvoiceLayout(QPdfWriter& writer, const InvoiceDocument& document)
        : m_writer(writer)
        , m_document(document)
        , m_painter(&writer)
    {
        if (!m_painter.isActive())
            throw std::runtime_error("InvoicePdf: cannot paint on the PDF writer");
        const QRect area = writer.pageLayout().paintRectPixels(kDotsPerInch);
        m_width = area.width();
        m_height = area.height();
    }

    void paint()
    {
        drawPageDecorations();
        drawHeader();
        drawBuyer();
        drawTable();
        drawTotals();
        if (!m_painter.end())
            throw std::runtime_error("InvoicePdf: the PDF could not be written");
    }

private:
    static double mm(double millimetres)
    {
        return millimetres * kDotsPerInch / kMillimetresPerInch;
    }

    double lineHeight(const QFont& font)
    {
        return QFontMetricsF(font, &m_writer).lineSpacing();
    }

    // Draws one line of text in [left, left + width] at m_y and moves m_y below it.
    void drawLine(const std::string& text, const QFont& font, const QColor& colour, double left,
                  double width, Qt::Alignment alignment = Qt::AlignLeft)
    {
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const double height = lineHeight(font);
        m_painter.drawText(QRectF(left, m_y, width, height), alignment | Qt::AlignVCenter,
                           qs(text));
        m_y += height;
    }

    // A label flush left and its value flush right inside [left, left + width].
    void drawPair(const LabelledValue& pair, const QFont& font, double left, double width)
    {
        const double top = m_y;
        drawLine(pair.label, font, kMuted, left, width);
        m_y = top;
        drawLine(pair.value, font, kInk, left, width, Qt::AlignRight);
    }

    void drawHeader()
    {
        const double half = m_width / 2;
        for (std::size_t i = 0; i < m_document.seller.size(); ++i)
            drawLine(m_document.seller[i], i == 0 ? fontOf(12, true) : fontOf(9), kInk, 0,
                     half - mm(5));
        const double sellerBottom = m_y;
        m_y = 0;
        drawLine(m_document.heading, fontOf(22, true), kAccent, half, half, Qt::AlignRight);
        drawLine(m_document.number, fontOf(11, true), kInk, half, half, Qt::AlignRight);
        m_y += mm(3);
        for (const LabelledValue& detail : m_document.details)
            drawPair(detail, fontOf(9), half + mm(10), half - mm(10));
        m_y = std::max(m_y, sellerBottom) + mm(10);
    }

    void drawBuyer()
    {
        drawLine(m_document.buyerHeading, fontOf(8, true), kMuted, 0, m_width / 2);
        for (std::size_t i = 0; i < m_document.buyer.size(); ++i)
            drawLine(m_document.buyer[i], fontOf(10, i == 0), kInk, 0, m_width / 2);
        m_y += mm(10);
    }

    void drawCells(const std::array<std::string, 4>& cells, const QFont& font, double height)
    {
        m_painter.setFont(font);
        m_painter.setPen(kInk);
        double left = 0;
        for (std::size_t column = 0; column < cells.size(); ++column) {
            const double width = m_width * kColumnShares[column];
            const int flags = Qt::AlignTop | (column == 0 ? Qt::AlignLeft | Qt::TextWordWrap
                                                          : static_cast<int>(Qt::AlignRight));
            m_painter.drawText(QRectF(left + mm(2), m_y + mm(1.5), width - mm(4), height - mm(3)),
                               flags, qs(cells[column]));
            left += width;
        }
        m_y += height;
    }

    void drawTableHeader()
    {
        const QFont font = fontOf(9, true);
        const double height = lineHeight(font) + mm(3);
        m_painter.fillRect(QRectF(0, m_y, m_width, height), kHeaderFill);
        drawCells({m_document.descriptionHeader, m_document.quantityHeader,
                   m_document.unitPriceHeader, m_document.amountHeader},
                  font, height);
    }

    double rowHeight(const InvoiceDocumentLine& line)
    {
        const QFont font = fontOf(9);
        m_painter.setFont(font);
        const QRectF wrapped = m_painter.boundingRect(
            QRectF(0, 0, m_width * kColumnShares[0] - mm(4), m_height),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, qs(line.description));
        return std::max(wrapped.height(), lineHeight(font)) + mm(3);
    }

    void drawTable()
    {
        drawTableHeader();
        for (const InvoiceDocumentLine& line : m_document.lines) {
            const double height = rowHeight(line);
            if (m_y + height > footerTop() - mm(5)) {
                newPage();
                drawTableHeader();
            }
            drawCells({line.description, line.quantity, line.unitPrice, line.amount}, fontOf(9),
                      height);
            m_painter.setPen(kRule);
            m_painter.drawLine(QLineF(0, m_y, m_width, m_y));
        }
        m_y += mm(6);
    }

    void drawTotals()
    {
        const double width = m_width * 0.45;
        const double left = m_width - width;
        if (m_y + mm(8) * static_cast<double>(m_document.totals.size()) > footerTop())
            newPage();
        for (std::size_t i = 0; i < m_document.totals.size(); ++i) {
            const bool last = i + 1 == m_document.totals.size();
            if (last) {
                m_y += mm(1.5);
                m_painter.setPen(QPen(kInk, mm(0.3)));
                m_painter.drawLine(QLineF(left, m_y, m_width, m_y));
                m_y += mm(1.5);
            }
            drawPair(m_document.totals[i], last ? fontOf(11, true) : fontOf(9.5), left, width);
            m_y += mm(1);
        }
    }

    double footerTop()
    {
        return m_height - lineHeight(fontOf(8)) * 2;
    }

    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
        drawPageDecorations();
    }

    void drawPageDecorations()
    {
        const double top = m_y;
        m_y = footerTop();
        m_painter.setPen(QPen(kRule, mm(0.2)));
        m_painter.drawLine(QLineF(0, m_y, m_width, m_y));
        m_y += mm(1);
        drawLine(m_document.footer, fontOf(8), kMuted, 0, m_width, Qt::AlignHCenter);
        drawWatermark();
        m_y = top;
    }

    void drawWatermark()
    {
        if (m_document.watermark.empty())
            return;
        m_painter.save();
        m_painter.translate(m_width / 2, m_height / 2);
        m_painter.rotate(-30);
        m_painter.setFont(fontOf(72, true));
        m_painter.setPen(kWatermark);
        m_painter.drawText(QRectF(-m_width, -mm(20), 2 * m_width, mm(40)), Qt::AlignCenter,
                           qs(m_document.watermark));
        m_painter.restore();
    }

    QPdfWriter& m_writer;
    const InvoiceDocument& m_document;
    QPainter m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
};

} // namespace

std::string InvoicePdf::render(const InvoiceDocument& document)
{
    // Poco serves requests on worker threads; Qt's font engines are safer painted one at a time.
    static std::mutex painting;
    const std::lock_guard<std::mutex> lock(painting);
    requireGuiApplication();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        configure(writer, document);
        InvoiceLayout(writer, document).paint();
    }
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace ebm::billing
