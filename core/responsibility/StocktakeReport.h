#pragma once

#include "core/kernel/common/Result.h"
#include "core/responsibility/Asset.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace sd {

class ReportPager;

// The printed stocktake of one room or area on A4: station name and title, the place,
// the day and who took stock, then the found, missing and unexpected items (tag, name,
// kind, owner) and the codes that matched nothing, with a line to sign. Labels go
// through tr() when painting; the same paint() serves PDF, print and print preview.
class StocktakeReport {
    Q_DECLARE_TR_FUNCTIONS(sd::StocktakeReport)

public:
    // recorded: the last-checked dates were set (not just a comparison).
    StocktakeReport(QString stationName, AssetRow location, QDate date, StocktakeResult result,
                    QString takenBy, bool recorded);

    static QPageLayout defaultPageLayout(); // A4 portrait

    // Atomic; a path that cannot be written is a Validation error on field "file";
    // without a QGuiApplication, a Usage error.
    Status writePdf(const QString &path) const;
    int paint(QPagedPaintDevice &device) const;
    int paint(QPainter &painter, const QPageLayout &layout,
              const std::function<void()> &newPage) const;

private:
    void layOut(ReportPager &pager) const;
    void addItems(ReportPager &pager, const QString &title, const QList<AssetRow> &rows) const;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const;
    QString placeText() const;

    QString m_stationName;
    AssetRow m_location;
    QDate m_date;
    StocktakeResult m_result;
    QString m_takenBy;
    bool m_recorded = false;
};

} // namespace sd
