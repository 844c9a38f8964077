#include "core/kernel/documents/ReportPdf.h"

#include "core/kernel/documents/OutputFile.h"
#include "core/kernel/documents/PdfTextRepair.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace sd {

QPageLayout ReportPdf::formLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

QString ReportPdf::localTime(qint64 utcMs, const QTimeZone &zone) {
    if (utcMs <= 0) {
        return u"—"_s;
    }
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

Status ReportPdf::write(const QString &path, const QString &title, const QPageLayout &layout,
                        const PaintDevice &paint, int resolution) {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::usage(tr("Writing a PDF needs the graphical application (fonts); "
                               "none is running."));
    }
    const auto fileError = [](Error error) {
        error.field = u"file"_s;
        return error;
    };
    OutputFile file;
    if (Status opened = file.open(path); !opened) {
        return fileError(opened.error());
    }
    // Painted into memory first: Qt's PDF text needs repairing (PdfTextRepair) before the
    // bytes may reach the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout);
        writer.setResolution(resolution);
        writer.setTitle(title);
        writer.setCreator(u"StationDesk"_s);
        if (paint(writer) == 0) {
            return Error::validation(
                u"file"_s,
                tr("Cannot write the PDF to %1: the page could not be drawn.").arg(path));
        }
    }
    buffer.close();
    const QByteArray pdf = PdfTextRepair::repair(buffer.data());
    if (file.device().write(pdf) != pdf.size()) {
        const QString reason = file.device().errorString();
        file.cancel();
        return Error::validation(u"file"_s, tr("Cannot write the PDF to %1: %2").arg(path, reason));
    }
    if (Status committed = file.commit(); !committed) {
        return fileError(committed.error());
    }
    return {};
}

} // namespace sd
