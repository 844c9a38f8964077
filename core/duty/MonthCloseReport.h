#pragma once

#include "core/duty/MonthClose.h"
#include "core/kernel/documents/ReportDocument.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sd {

// A4 report of a closed month: who closed it and why, the sealed figures (alerts by
// category, area and status; records filed, cases closed, sheets approved), the seal
// (digest and audit head) and the revisions, the amendments of the month before, with
// "Page x / y" on every page. Keys are shown through the names given (translated).
class MonthCloseReport : public ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(sd::MonthCloseReport)

public:
    // nameOf turns a category or status key into its name on screen.
    MonthCloseReport(QString stationName, MonthClose close, QList<MonthAmendment> revisions,
                     QTimeZone timeZone, std::function<QString(const QString &)> nameOf);

private:
    QString pdfTitle() const override;
    Status printable() const override;
    void layOut(ReportPager &pager) const override;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const override;
    void addCounts(ReportPager &pager, const QString &heading, const QMap<QString, qint64> &counts,
                   bool keys) const;

    QString m_stationName;
    MonthClose m_close;
    QList<MonthAmendment> m_revisions;
    QTimeZone m_timeZone;
    std::function<QString(const QString &)> m_nameOf;
};

} // namespace sd
