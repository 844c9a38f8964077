#pragma once

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

// What every paged A4 report (on-scene record, mediation agreement and summary, stocktake)
// does the same way: write its pages to a PDF file atomically, open a painter on a printer
// or PDF writer, and lay the report out with a ReportPager before painting it page by page.
// Each report keeps only its own content (layOut) and its own header/footer (decorate).
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(sd::ReportPdf)

public:
    using PaintDevice = std::function<int(QPagedPaintDevice &)>;
    using PaintPainter =
        std::function<int(QPainter &, const QPageLayout &, const std::function<void()> &)>;
    using LayOut = std::function<void(ReportPager &)>;
    using Decorate = std::function<void(ReportPager &, QPainter &, int page, int pageCount)>;

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
    // Opens a painter on the printer or PDF writer and paints with its page layout.
    static int paintOn(QPagedPaintDevice &device, const PaintPainter &paint);
    // Lays the report out for the device's page (less a footer band of footerMm) and paints
    // every page, calling newPage between pages; returns the page count.
    static int paintPaged(QPainter &painter, const QPageLayout &layout,
                          const std::function<void()> &newPage, double footerMm,
                          const LayOut &layOut, const Decorate &decorate);
};

} // namespace sd
