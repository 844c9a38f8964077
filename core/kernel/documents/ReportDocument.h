#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/documents/ReportPager.h"

#include <QList>
#include <QPageLayout>
#include <QPointF>
#include <QString>
#include <QTimeZone>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace sd {

// The skeleton of every paged A4 form (on-scene record, mediation agreement and summary,
// stocktake): the page setup, writing the PDF, painting on a printer or PDF writer, and the
// pieces the forms draw alike (title block, number line, draft notice and watermark, the
// label/value table rows, the running header and the footer). A form keeps only its own
// content (layOut), its footer's words (decorate) and every string it shows: the pieces
// take text already translated, so each form's wording stays in its own tr() context.
class ReportDocument {
public:
    virtual ~ReportDocument() = default;

    // A4 portrait with the official forms' margins.
    static QPageLayout defaultPageLayout();
    // "3f2a9c1b…" as "3f2a 9c1b …", easier to read aloud and compare by eye.
    static QString groupedFingerprint(const QString &hex);

    // Writes the PDF atomically (nothing is left at path on failure). A form that cannot be
    // printed (printable()) is that error; a path that cannot be written is a Validation
    // error on field "file"; painting without a QGuiApplication is a Usage error.
    Status writePdf(const QString &path) const;
    // Paints every page on a printer or PDF writer using its page layout; returns the
    // page count.
    int paint(QPagedPaintDevice &device) const;
    // Paints on an open painter whose device has the given page layout (the painter's
    // origin at the top left of the paint rectangle); newPage is called between pages.
    int paint(QPainter &painter, const QPageLayout &layout,
              const std::function<void()> &newPage) const;

protected:
    using Cell = ReportPager::Cell;

    // footerMm: the band below the body on every page that decorate() paints into.
    explicit ReportDocument(double footerMm)
        : m_footerMm(footerMm) {}
    ReportDocument(const ReportDocument &) = default;
    ReportDocument &operator=(const ReportDocument &) = default;

    // The PDF's document title.
    virtual QString pdfTitle() const = 0;
    // Why the form cannot be printed at all (checked before the file is touched).
    virtual Status printable() const { return {}; }
    virtual void layOut(ReportPager &pager) const = 0;
    // The page's furniture (watermark, footer); page is 1-based.
    virtual void decorate(ReportPager &pager, QPainter &painter, int page, int pageCount) const = 0;

    // The station's zone, UTC when none is set.
    static QTimeZone zoneOrUtc(QTimeZone zone);
    // An empty value as "—".
    static QString orDash(const QString &text);

    // A label and its value across the page, or two label/value pairs.
    static QList<Cell> wide(const QString &label, const QString &value);
    static QList<Cell> pair(const QString &label1, const QString &value1, const QString &label2,
                            const QString &value2);

    // The station's name and the form's title, centred.
    static void addTitle(ReportPager &pager, const QString &stationName, const QString &title,
                         double titlePoints, double spaceAfterMm);
    // The number on the left and the filing state on the right, on one line (the state in
    // red, bold, while a draft).
    static void addNumberLine(ReportPager &pager, const QString &number, const QString &state,
                              bool draft);
    // A bold red warning paragraph.
    static void addDraftNotice(ReportPager &pager, const QString &text);
    // The running header of every page after the first, ruled off or not.
    static void setContinuationHeader(ReportPager &pager, const QString &text, bool ruled);

    // A watermark under the content of the page: a draft must never pass for a filed form,
    // even photocopied or cut apart.
    static void paintWatermark(ReportPager &pager, QPainter &painter, const QString &text);
    // The rule under the body, left and right (page x / y) on one line, and under them the
    // fingerprint line when there is one.
    static void paintFooter(ReportPager &pager, QPainter &painter, const QString &left,
                            const QString &right, const QString &second = {});

private:
    double m_footerMm = 10;
};

} // namespace sd
