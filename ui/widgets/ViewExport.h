#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>

class QAbstractItemModel;
class QPagedPaintDevice;
class QPrinter;

namespace sd {

// Writes what a table view shows: as CSV (header row, RFC 4180 quoting, UTF-8) or as an
// A4 PDF with a title, for the assessment views' export buttons.
class ViewExport {
    Q_DECLARE_TR_FUNCTIONS(sd::ViewExport)

public:
    static Status writeCsv(const QAbstractItemModel &model, const QString &path);
    static Status writePdf(const QString &title, const QAbstractItemModel &model,
                           const QString &path);
    // Prints the same A4 page as writePdf on a printer (print preview and print).
    static void print(const QString &title, const QAbstractItemModel &model, QPrinter &printer);
    static QString tableHtml(const QString &title, const QAbstractItemModel &model);

private:
    static void printDocument(const QString &title, const QAbstractItemModel &model,
                              QPagedPaintDevice &device);
};

} // namespace sd
