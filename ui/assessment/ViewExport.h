#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QAbstractItemModel;

namespace sd {

// Writes what a table view shows: as CSV (header row, RFC 4180 quoting, UTF-8) or as an
// A4 PDF with a title, for the assessment views' export buttons.
class ViewExport {
    Q_DECLARE_TR_FUNCTIONS(sd::ViewExport)

public:
    static Status writeCsv(const QAbstractItemModel &model, const QString &path);
    static Status writePdf(const QString &title, const QAbstractItemModel &model,
                           const QString &path);
    static QString tableHtml(const QString &title, const QAbstractItemModel &model);
};

} // namespace sd
