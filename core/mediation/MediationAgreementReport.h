#pragma once

#include "core/kernel/documents/ReportDocument.h"
#include "core/mediation/Mediation.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace sd {

// The A4 mediation agreement (调解协议书): station name and title, case number, the parties,
// the facts, liability, terms and how, where and by when they are carried out, then the
// signatures of the parties and the mediator with their images, printed names and times;
// on every page "Page x / y" and the content fingerprint. Labels go through tr() when
// painting (the installed translator's language). Needs a QGuiApplication for fonts; the
// same paint() serves PDF export and, through QPrinter, print and print preview.
class MediationAgreementReport : public ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationAgreementReport)

public:
    // timeZone is the station's: every time on the form is local to it.
    MediationAgreementReport(QString stationName, MediationCase mediation, QTimeZone timeZone);

    // The sealed content hash, else the current draft content's.
    QString fingerprint() const;

private:
    QString pdfTitle() const override;
    // A case without an agreement is a Validation error on "agreement".
    Status printable() const override;
    void layOut(ReportPager &pager) const override;
    void addHeader(ReportPager &pager) const;
    void addFields(ReportPager &pager) const;
    void addSignatures(ReportPager &pager) const;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const override;
    QString localTime(qint64 utcMs) const;

    QString m_stationName;
    MediationCase m_case;
    QTimeZone m_timeZone;
};

} // namespace sd
