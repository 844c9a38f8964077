#include "core/kernel/documents/ReportPager.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// The SC face first: Han characters shared by the Chinese, Japanese and Korean fonts
// must take their Simplified Chinese shapes on an official Chinese form.
const QStringList kFamilies{u"Noto Sans CJK SC"_s, u"Noto Sans"_s, u"DejaVu Sans"_s};

constexpr double kCellPaddingX = 1.6; // mm
constexpr double kCellPaddingY = 1.1; // mm
constexpr double kBorderWidth = 0.6;  // pt
const QColor kLabelShade(236, 236, 236);
const QColor kMuted(110, 110, 110);

// Fragments of a row shorter than this go to the next page whole instead of splitting:
// a two-line field cut in half is harder to read than a gap at the bottom of a page.
constexpr double kSplitOnlyAbovePageShare = 0.25;

double lineTop(const QTextLayout &layout, int line) {
    return layout.lineAt(line).y();
}

double linesHeight(const QTextLayout &layout, int from, int to) {
    if (from >= to) {
        return 0;
    }
    const QTextLine last = layout.lineAt(to - 1);
    return last.y() + last.height() - lineTop(layout, from);
}

} // namespace

ReportPager::ReportPager(QPaintDevice &device, QSizeF pageSize, double footerHeight)
    : m_device(device)
    , m_pageSize(pageSize)
    , m_footerHeight(footerHeight)
    , m_continuedFormat(u"%1"_s) {
    m_labelFont = font(9, true);
    m_valueFont = font(10);
    m_pages.emplace_back();
}

ReportPager::~ReportPager() = default;

double ReportPager::mm(double millimetres) const {
    return millimetres * m_device.logicalDpiY() / 25.4;
}

double ReportPager::pt(double points) const {
    return points * m_device.logicalDpiY() / 72.0;
}

QFont ReportPager::baseFont() {
    QFont result;
    result.setFamilies(kFamilies);
    return result;
}

QFont ReportPager::font(double points, bool bold) const {
    QFont result = baseFont();
    result.setPointSizeF(points);
    result.setBold(bold);
    // Without shaping, Latin runs use the font's cmap glyphs. Shaped, Noto Sans CJK swaps
    // in digit and hyphen glyphs that Qt's PDF ToUnicode map cannot name, so the record
    // number and times could not be searched or copied out of the PDF.
    result.setStyleStrategy(QFont::PreferNoShaping);
    return result;
}

ReportPager::Text ReportPager::layoutText(const QString &text, const QFont &font, double width,
                                          Qt::Alignment alignment) const {
    QString prepared = text;
    prepared.replace(u"\r\n"_s, u"\n"_s);
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(prepared, font, &m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return {std::move(layout), y};
}

void ReportPager::setContinuationHeader(std::function<void(ReportPager &)> header) {
    m_continuationHeader = std::move(header);
}

void ReportPager::add(Paint paint) {
    m_pages.back().push_back(std::move(paint));
}

void ReportPager::newPage() {
    m_pages.emplace_back();
    m_y = 0;
    if (m_continuationHeader) {
        // The whole page counts as its top while the header is laid out, so the header
        // never breaks a page itself.
        m_pageTop = bodyBottom();
        m_continuationHeader(*this);
    }
    m_pageTop = m_y;
}

void ReportPager::skip(double height) {
    m_y = std::min(m_y + height, bodyBottom());
}

void ReportPager::addParagraph(const QString &text, const QFont &font, Qt::Alignment alignment,
                               const QColor &color, double spaceAfter) {
    const Text laid = layoutText(text, font, width(), alignment);
    addBlock(laid.height, [laid, color](QPainter &painter, const QRectF &rect) {
        painter.setPen(color);
        laid.layout->draw(&painter, rect.topLeft());
    });
    skip(spaceAfter);
}

void ReportPager::addBlock(double height,
                           const std::function<void(QPainter &, const QRectF &)> &paint) {
    if (height > remaining() && !atPageTop()) {
        newPage();
    }
    const QRectF rect(0, m_y, width(), height);
    add([paint, rect](QPainter &painter) { paint(painter, rect); });
    m_y += height;
}

void ReportPager::addRow(const QList<Cell> &cells) {
    struct Laid {
        Cell cell;
        double x = 0;
        double width = 0;
        Text text;
        int next = 0; // first line not drawn yet
    };
    const double padX = mm(kCellPaddingX);
    const double padY = mm(kCellPaddingY);
    std::vector<Laid> laid;
    double x = 0;
    for (const Cell &cell : cells) {
        const double cellWidth = cell.width * width();
        Laid item{
            cell, x, cellWidth,
            layoutText(cell.text, cell.label ? m_labelFont : m_valueFont, cellWidth - 2 * padX), 0};
        laid.push_back(std::move(item));
        x += cellWidth;
    }
    const auto restHeight = [&laid] {
        double rest = 0;
        for (const Laid &item : laid) {
            rest = std::max(
                rest, linesHeight(*item.text.layout, item.next, item.text.layout->lineCount()));
        }
        return rest;
    };
    bool firstFragment = true;
    for (;;) {
        const double rest = restHeight() + 2 * padY;
        std::vector<int> upTo;
        double fragmentHeight = 0;
        if (rest <= remaining()) {
            for (const Laid &item : laid) {
                upTo.push_back(item.text.layout->lineCount());
            }
            fragmentHeight = rest;
        } else if (firstFragment && !atPageTop() &&
                   rest <= (bodyBottom() - m_pageTop) * kSplitOnlyAbovePageShare) {
            newPage();
            continue;
        } else {
            // As many whole lines of each cell as fit; at least one on an empty page.
            const double room = remaining() - 2 * padY;
            bool any = false;
            qsizetype most = 0;
            qsizetype longestRest = 0;
            for (const Laid &item : laid) {
                const QTextLayout &layout = *item.text.layout;
                int end = item.next;
                while (end < layout.lineCount() &&
                       linesHeight(layout, item.next, end + 1) <= room) {
                    ++end;
                }
                if (end == item.next && end < layout.lineCount() && atPageTop()) {
                    ++end;
                }
                any = any || end > item.next;
                most = std::max<qsizetype>(most, end - item.next);
                longestRest = std::max<qsizetype>(longestRest, layout.lineCount() - item.next);
                upTo.push_back(end);
                fragmentHeight = std::max(fragmentHeight, linesHeight(layout, item.next, end));
            }
            // A lone first line at the foot of a page reads as a complete field; it goes
            // over with the rest.
            if (!any || (most < 2 && longestRest >= 2 && !atPageTop())) {
                newPage();
                continue;
            }
            fragmentHeight += 2 * padY;
        }

        const double top = m_y;
        std::vector<Paint> parts;
        for (std::size_t i = 0; i < laid.size(); ++i) {
            Laid &item = laid[i];
            const QRectF rect(item.x, top, item.width, fragmentHeight);
            const std::shared_ptr<QTextLayout> layout = item.text.layout;
            const int from = item.next;
            const int to = upTo[i];
            Text again;
            // A label already drawn above the break is repeated, marked as continued.
            if (item.cell.label && !firstFragment && from >= to) {
                again = layoutText(m_continuedFormat.arg(item.cell.text), m_labelFont,
                                   item.width - 2 * padX);
            }
            const bool shaded = item.cell.label;
            const double border = pt(kBorderWidth);
            parts.push_back([=](QPainter &painter) {
                if (shaded) {
                    painter.fillRect(rect, kLabelShade);
                }
                const QPointF origin(rect.left() + padX, rect.top() + padY);
                painter.setPen(Qt::black);
                for (int line = from; line < to; ++line) {
                    layout->lineAt(line).draw(&painter,
                                              origin - QPointF(0, lineTop(*layout, from)));
                }
                if (again.layout) {
                    painter.save();
                    painter.setClipRect(rect);
                    painter.setPen(kMuted);
                    again.layout->draw(&painter, origin);
                    painter.restore();
                }
                painter.setPen(QPen(Qt::black, border));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(rect);
            });
            item.next = to;
        }
        add([parts = std::move(parts)](QPainter &painter) {
            for (const Paint &part : parts) {
                part(painter);
            }
        });
        m_y += fragmentHeight;
        firstFragment = false;
        const bool done = std::all_of(laid.begin(), laid.end(), [](const Laid &item) {
            return item.next >= item.text.layout->lineCount();
        });
        if (done) {
            return;
        }
        newPage();
    }
}

void ReportPager::paint(QPainter &painter, const std::function<void()> &newPage,
                        const Decorate &decorate) const {
    const int count = pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0) {
            newPage();
        }
        painter.save();
        if (decorate) {
            decorate(painter, page + 1, count);
        }
        for (const Paint &paint : m_pages[static_cast<std::size_t>(page)]) {
            painter.save();
            paint(painter);
            painter.restore();
        }
        painter.restore();
    }
}

} // namespace sd
