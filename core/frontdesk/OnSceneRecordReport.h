#pragma once

#include "core/frontdesk/Alert.h"
#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QTimeZone>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace sd {

class ReportPager;

// The official A4 layout of the on-scene resolution record (处警现场处结备案单): station
// name and title, record number, a bordered field table, the signatures with their
// images, and on every page a footer with "Page x / y" and the content fingerprint.
// Every label goes through tr() when painting, so the language is that of the
// translator installed at the time. Painting needs a QGuiApplication (fonts); the same
// paint() serves PDF export and, through QPrinter, print and print preview.
class OnSceneRecordReport {
    Q_DECLARE_TR_FUNCTIONS(sd::OnSceneRecordReport)

public:
    // timeZone is the station's: every time on the form is local to it.
    OnSceneRecordReport(QString stationName, OnSceneRecord record, Alert alert, QTimeZone timeZone);

    // The current content hash of a draft, shown in the footer so a printed draft can be
    // matched to what was signed. Ignored for a sealed record, which shows its own.
    void setDraftFingerprint(const QString &sha256) { m_draftFingerprint = sha256; }
    // The hash the footer shows: the sealed content hash, else the draft's (may be empty).
    QString fingerprint() const;

    // "3f2a9c1b…" as "3f2a 9c1b …", easier to read aloud and compare by eye.
    static QString groupedFingerprint(const QString &hex);
    // A4 portrait with the form's margins.
    static QPageLayout defaultPageLayout();

    // Writes the PDF atomically (nothing is left at path on failure). A path that cannot
    // be written is a Validation error on field "file" (as for the other reports); painting without
    // a QGuiApplication is a Usage error.
    Status writePdf(const QString &path) const;
    // Paints every page on a printer or PDF writer using its page layout; returns the
    // page count.
    int paint(QPagedPaintDevice &device) const;
    // Paints on an open painter whose device has the given page layout (the painter's
    // origin at the top left of the paint rectangle); newPage is called between pages.
    int paint(QPainter &painter, const QPageLayout &layout,
              const std::function<void()> &newPage) const;

private:
    void layOut(ReportPager &pager) const;
    void addHeader(ReportPager &pager) const;
    void addFields(ReportPager &pager) const;
    void addSignatures(ReportPager &pager) const;
    void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const;
    QString localTime(qint64 utcMs) const;
    bool sealed() const { return m_record.status == RecordStatus::Sealed; }

    QString m_stationName;
    OnSceneRecord m_record;
    Alert m_alert;
    QTimeZone m_timeZone;
    QString m_draftFingerprint;
};

} // namespace sd
