#include "ui/widgets/ViewExport.h"

#include "core/kernel/documents/Csv.h"
#include "core/kernel/documents/OutputFile.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sd {

Status ViewExport::writeCsv(const QAbstractItemModel &model, const QString &path) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        header << model.headerData(column, Qt::Horizontal).toString();
    }
    writer.writeRow(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << model.index(row, column).data().toString();
        }
        writer.writeRow(fields);
    }
    return OutputFile::write(path, buffer.data());
}

QString ViewExport::tableHtml(const QString &title, const QAbstractItemModel &model) {
    QString html = u"<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' "
                   u"width='100%'><tr>"_s.arg(title.toHtmlEscaped());
    for (int column = 0; column < model.columnCount(); ++column) {
        html += u"<th>%1</th>"_s.arg(
            model.headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    }
    html += u"</tr>"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        html += u"<tr>"_s;
        for (int column = 0; column < model.columnCount(); ++column) {
            // Numbers right-aligned, as a reader compares them down a column.
            const QString text = model.index(row, column).data().toString();
            bool number = false;
            text.toDouble(&number);
            html += (number ? u"<td align='right'>%1</td>"_s : u"<td>%1</td>"_s)
                        .arg(text.toHtmlEscaped());
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

namespace {
constexpr int kLayoutDpi = 96;
} // namespace

Status ViewExport::writePdf(const QString &title, const QAbstractItemModel &model,
                            const QString &path) {
    // Into memory first, so the file is written whole or not at all.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        // Lay the document out on the page's printable area at screen resolution, so the
        // table spans the page width and the text keeps its reading size.
        writer.setResolution(kLayoutDpi);
        printDocument(title, model, writer);
    }
    return OutputFile::write(path, buffer.data());
}

void ViewExport::print(const QString &title, const QAbstractItemModel &model, QPrinter &printer) {
    printer.setDocName(title);
    printDocument(title, model, printer);
}

void ViewExport::printDocument(const QString &title, const QAbstractItemModel &model,
                               QPagedPaintDevice &device) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    // QTextDocument::print lays a paginated document out at 96 dpi and scales it to the
    // device, so the page is given in 96-dpi pixels whatever the printer's resolution.
    document.setPageSize(device.pageLayout().paintRectPixels(kLayoutDpi).size());
    document.setHtml(tableHtml(title, model));
    document.print(&device);
}

} // namespace sd
