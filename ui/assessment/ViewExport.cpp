#include "assessment/ViewExport.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString csvField(const QString &text) {
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    }
    return text;
}
} // namespace

Status ViewExport::writeCsv(const QAbstractItemModel &model, const QString &path) {
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        header << csvField(model.headerData(column, Qt::Horizontal).toString());
    }
    lines << header.join(u',');
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << csvField(model.index(row, column).data().toString());
        }
        lines << fields.join(u',');
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    return {};
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
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Error::storage(tr("Cannot write %1: %2").arg(path, probe.errorString()));
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    // Lay the document out on the page's printable area at screen resolution, so the
    // table spans the page width and the text keeps its reading size.
    writer.setResolution(kLayoutDpi);
    printDocument(title, model, writer);
    return {};
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
