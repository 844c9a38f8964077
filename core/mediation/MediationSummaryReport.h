#pragma once

#include "core/kernel/common/Result.h"
#include "core/mediation/Mediation.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QString>
#include <QTimeZone>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace sd {

class ReportPager;

// A4 summary of one mediation case: the case fields, risk and owning leader, parties,
// mediators, every session, the outcome, the agreement's state and every follow-up visit,
// with "Page x / y" on every page. Labels through tr() when painting.
class MediationSummaryReport {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationSummaryReport)

public:
    // deadline is the case's overdue date (MediationService::deadline) as shown.
    MediationSummaryReport(QString stationName, MediationCase mediation, QTimeZone timeZone,
                           QDate deadline);

    static QPageLayout defaultPageLayout();
    Status writePdf(const QString &path) const;
    int paint(QPagedPaintDevice &device) const;
    int paint(QPainter &painter, const QPageLayout &layout,
              const std::function<void()> &newPage) const;

private:
    void layOut(ReportPager &pager) const;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const;
    QString localTime(qint64 utcMs) const;

    QString m_stationName;
    MediationCase m_case;
    QTimeZone m_timeZone;
    QDate m_deadline;
};

} // namespace sd
