#include "core/responsibility/StocktakeReport.h"

#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr double kFooterHeight = 10; // mm
const QColor kMissing(170, 30, 30);

// Tag, name, kind, owner: shares of the content width.
constexpr double kTag = 0.15;
constexpr double kName = 0.33;
constexpr double kKind = 0.14;
constexpr double kOwner = 0.38;
} // namespace

StocktakeReport::StocktakeReport(QString stationName, AssetRow location, QDate date,
                                 StocktakeResult result, QString takenBy, bool recorded)
    : ReportDocument(kFooterHeight)
    , m_stationName(std::move(stationName))
    , m_location(std::move(location))
    , m_date(date)
    , m_result(std::move(result))
    , m_takenBy(std::move(takenBy))
    , m_recorded(recorded) {}

QString StocktakeReport::placeText() const {
    return tr("%1 %2").arg(m_location.asset.tag, m_location.asset.name);
}

QString StocktakeReport::pdfTitle() const {
    return tr("Stocktake %1 %2").arg(placeText(), m_date.toString(Qt::ISODate));
}

void StocktakeReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    setContinuationHeader(pager, tr("%1 — %2 (continued)").arg(tr("Stocktake Report"), placeText()),
                          false);
    addTitle(pager, m_stationName, tr("Stocktake Report"), 19, 5);

    pager.addRow(pair(tr("Room or area"), placeText(), tr("Date"), m_date.toString(Qt::ISODate)));
    pager.addRow(pair(tr("Taken by"), m_takenBy, tr("Place owner"), m_location.owner.display()));
    pager.addRow(wide(tr("Result"), tr("%1 found, %2 missing, %3 unexpected, %4 unknown code(s)")
                                        .arg(m_result.found.size())
                                        .arg(m_result.missing.size())
                                        .arg(m_result.unexpected.size())
                                        .arg(m_result.unknownTags.size())));
    pager.addRow(wide(
        tr("Checks"),
        m_recorded ? tr("Recorded: every item found or seen here has %1 as its last-checked date.")
                         .arg(m_date.toString(Qt::ISODate))
                   : tr("Comparison only: no last-checked dates were changed.")));
    pager.skip(pager.mm(5));

    addItems(pager, tr("Found (%1)"), m_result.found);
    addItems(pager, tr("Missing (%1)"), m_result.missing);
    addItems(pager, tr("Unexpected here (%1)"), m_result.unexpected);

    pager.addParagraph(tr("Unknown codes (%1)").arg(m_result.unknownTags.size()),
                       pager.font(11.5, true), Qt::AlignLeft, Qt::black, pager.mm(1.5));
    pager.addParagraph(m_result.unknownTags.isEmpty() ? tr("None.")
                                                      : m_result.unknownTags.join(u"  "_s),
                       pager.font(10), Qt::AlignLeft, Qt::black, pager.mm(8));

    const auto label = pager.layoutText(tr("Signature of the person who took stock:"),
                                        pager.font(10), pager.width());
    const double line = pager.pt(0.6);
    pager.addBlock(label.height + pager.mm(12), [label, line](QPainter &painter, const QRectF &r) {
        painter.setPen(Qt::black);
        label.layout->draw(&painter, r.topLeft());
        painter.setPen(QPen(Qt::black, line));
        const double y = r.bottom() - 1;
        painter.drawLine(QPointF(r.left(), y), QPointF(r.left() + r.width() * 0.55, y));
    });
}

void StocktakeReport::addItems(ReportPager &pager, const QString &title,
                               const QList<AssetRow> &rows) const {
    pager.addParagraph(title.arg(rows.size()), pager.font(11.5, true), Qt::AlignLeft,
                       &rows == &m_result.missing && !rows.isEmpty() ? kMissing : Qt::black,
                       pager.mm(1.5));
    if (rows.isEmpty()) {
        pager.addParagraph(tr("None."), pager.font(10), Qt::AlignLeft, Qt::black, pager.mm(5));
        return;
    }
    pager.addRow({{tr("Tag"), kTag, true},
                  {tr("Name"), kName, true},
                  {tr("Kind"), kKind, true},
                  {tr("Owner"), kOwner, true}});
    for (const AssetRow &row : rows) {
        pager.addRow({{row.asset.tag, kTag, false},
                      {row.asset.name, kName, false},
                      {displayName(row.asset.kind), kKind, false},
                      {row.owner.display(), kOwner, false}});
    }
    pager.skip(pager.mm(5));
}

void StocktakeReport::decorate(ReportPager &pager, QPainter &painter, int page,
                               int pageCount) const {
    paintFooter(
        pager, painter,
        tr("%1 · %2 · %3").arg(tr("Stocktake Report"), placeText(), m_date.toString(Qt::ISODate)),
        tr("Page %1 / %2").arg(page).arg(pageCount));
}

} // namespace sd
