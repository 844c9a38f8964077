#pragma once

#include "core/kernel/documents/ReportDocument.h"
#include "core/mediation/Mediation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace sd {

// A4 summary of one mediation case: the case fields, risk and owning leader, parties,
// mediators, every session, the outcome, the agreement's state and every follow-up visit,
// with "Page x / y" on every page. Labels through tr() when painting.
class MediationSummaryReport : public ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationSummaryReport)

public:
    // deadline is the case's overdue date (MediationService::deadline) as shown.
    MediationSummaryReport(QString stationName, MediationCase mediation, QTimeZone timeZone,
                           QDate deadline);

private:
    QString pdfTitle() const override;
    void layOut(ReportPager &pager) const override;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const override;
    QString localTime(qint64 utcMs) const;

    QString m_stationName;
    MediationCase m_case;
    QTimeZone m_timeZone;
    QDate m_deadline;
};

} // namespace sd
