#pragma once

#include "core/kernel/documents/ReportDocument.h"
#include "core/responsibility/Asset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sd {

// The printed stocktake of one room or area on A4: station name and title, the place,
// the day and who took stock, then the found, missing and unexpected items (tag, name,
// kind, owner) and the codes that matched nothing, with a line to sign. Labels go
// through tr() when painting; the same paint() serves PDF, print and print preview.
class StocktakeReport : public ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(sd::StocktakeReport)

public:
    // recorded: the last-checked dates were set (not just a comparison).
    StocktakeReport(QString stationName, AssetRow location, QDate date, StocktakeResult result,
                    QString takenBy, bool recorded);

private:
    QString pdfTitle() const override;
    void layOut(ReportPager &pager) const override;
    void addItems(ReportPager &pager, const QString &title, const QList<AssetRow> &rows) const;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const override;
    QString placeText() const;

    QString m_stationName;
    AssetRow m_location;
    QDate m_date;
    StocktakeResult m_result;
    QString m_takenBy;
    bool m_recorded = false;
};

} // namespace sd
