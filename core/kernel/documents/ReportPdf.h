#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QTimeZone>
#include <functional>

class QPagedPaintDevice;

namespace sd {

// Writing a printed document's pages to a PDF file atomically, for the paged forms
// (ReportDocument) and the label sheet alike.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(sd::ReportPdf)

public:
    using PaintDevice = std::function<int(QPagedPaintDevice &)>;

    // A4 portrait with the official forms' margins (18/15/18/12 mm).
    static QPageLayout formLayout();
    // An instant as the form prints it, in the station's zone ("—" when not set).
    static QString localTime(qint64 utcMs, const QTimeZone &zone);

    // Writes the PDF atomically (OutputFile): nothing is left at path on failure. A path that
    // cannot be written is a Validation error on field "file" with the system's reason;
    // painting without a QGuiApplication (fonts) is a Usage error. paint returns the page
    // count, 0 when nothing was drawn.
    static Status write(const QString &path, const QString &title, const QPageLayout &layout,
                        const PaintDevice &paint, int resolution = 600);
};

} // namespace sd
