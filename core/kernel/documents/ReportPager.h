#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace sd {

// Lays a printed form out top to bottom over equal pages, in the paint device's pixels,
// and paints it only once the page count is known, so every footer can say "x / y".
// Layout and painting are separate passes over the same device: text is measured with
// the device's own font metrics, so what is measured is what is drawn (PDF or printer).
class ReportPager {
public:
    using Paint = std::function<void(QPainter &)>;
    // Draws the page's furniture (watermark, footer) around the content; page is 1-based.
    using Decorate = std::function<void(QPainter &, int page, int pageCount)>;

    // One table cell; width is a fraction of the content width, label cells are shaded.
    struct Cell {
        QString text;
        double width = 1;
        bool label = false;
    };

    // Text laid out for a given width; lines start at y = 0.
    struct Text {
        std::shared_ptr<QTextLayout> layout;
        double height = 0;
    };

    // bodyHeight excludes the footer area the decorator paints into.
    ReportPager(QPaintDevice &device, QSizeF pageSize, double footerHeight);
    ~ReportPager();

    double mm(double millimetres) const;
    double pt(double points) const;
    double width() const { return m_pageSize.width(); }
    QSizeF pageSize() const { return m_pageSize; }
    double bodyBottom() const { return m_pageSize.height() - m_footerHeight; }
    double y() const { return m_y; }
    double remaining() const { return bodyBottom() - m_y; }
    bool atPageTop() const { return m_y <= m_pageTop; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }

    // The form's family list (Noto Sans CJK SC first) without a size.
    static QFont baseFont();
    QFont font(double points, bool bold = false) const;
    Text layoutText(const QString &text, const QFont &font, double width,
                    Qt::Alignment alignment = Qt::AlignLeft) const;

    // Content drawn at the top of every page after the first (a running header).
    void setContinuationHeader(std::function<void(ReportPager &)> header);
    // "%1 (continued)": the label repeated when a tall row goes on over a page break.
    void setContinuedLabel(const QString &format) { m_continuedFormat = format; }

    void newPage();
    void skip(double height);
    // A paragraph kept whole on one page.
    void addParagraph(const QString &text, const QFont &font, Qt::Alignment alignment,
                      const QColor &color, double spaceAfter);
    // Something of a fixed height kept whole on one page; drawn into (0, y, width, height).
    void addBlock(double height, const std::function<void(QPainter &, const QRectF &)> &paint);
    // A bordered table row. A row taller than the space left breaks between text lines,
    // never through one, and goes on on the next page.
    void addRow(const QList<Cell> &cells);

    // Paints every page; newPage is called between pages (not before the first).
    void paint(QPainter &painter, const std::function<void()> &newPage,
               const Decorate &decorate) const;

private:
    void add(Paint paint);

    QPaintDevice &m_device;
    QSizeF m_pageSize;
    double m_footerHeight = 0;
    double m_y = 0;
    double m_pageTop = 0;
    std::vector<std::vector<Paint>> m_pages;
    std::function<void(ReportPager &)> m_continuationHeader;
    QString m_continuedFormat = QStringLiteral("%1");
    QFont m_labelFont;
    QFont m_valueFont;
};

} // namespace sd
