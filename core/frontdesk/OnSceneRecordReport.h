#pragma once

#include "core/frontdesk/Alert.h"
#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/documents/ReportDocument.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace sd {

// The official A4 layout of the on-scene resolution record (处警现场处结备案单): station
// name and title, record number, a bordered field table, the signatures with their
// images, and on every page a footer with "Page x / y" and the content fingerprint.
// Every label goes through tr() when painting, so the language is that of the
// translator installed at the time. Painting needs a QGuiApplication (fonts); the same
// paint() serves PDF export and, through QPrinter, print and print preview.
class OnSceneRecordReport : public ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(sd::OnSceneRecordReport)

public:
    // timeZone is the station's: every time on the form is local to it.
    OnSceneRecordReport(QString stationName, OnSceneRecord record, Alert alert, QTimeZone timeZone);

    // The current content hash of a draft, shown in the footer so a printed draft can be
    // matched to what was signed. Ignored for a sealed record, which shows its own.
    void setDraftFingerprint(const QString &sha256) { m_draftFingerprint = sha256; }
    // The hash the footer shows: the sealed content hash, else the draft's (may be empty).
    QString fingerprint() const;

private:
    QString pdfTitle() const override;
    void layOut(ReportPager &pager) const override;
    void addHeader(ReportPager &pager) const;
    void addFields(ReportPager &pager) const;
    void addSignatures(ReportPager &pager) const;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const override;
    QString localTime(qint64 utcMs) const;
    bool sealed() const { return m_record.status == RecordStatus::Sealed; }

    QString m_stationName;
    OnSceneRecord m_record;
    Alert m_alert;
    QTimeZone m_timeZone;
    QString m_draftFingerprint;
};

} // namespace sd
