#include "reports/CsvImportFile.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace sd {

Result<QString> CsvImportFile::sha256(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::validation(u"file"_s, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

Status CsvImportFile::checkHeader(QIODevice &device, const QString &path,
                                  const QStringList &columns) {
    CsvReader header(device);
    CsvRecord first;
    if (!header.next(first)) {
        return header.error() ? header.error().value()
                              : Error::validation(u"file"_s, tr("%1 is empty.").arg(path));
    }
    if (first.fields != columns) {
        return Error::validation(u"file"_s,
                                 tr("1:1: the header must be exactly %1").arg(columns.join(u',')));
    }
    return {};
}

Status CsvRejects::open(const QString &path, const QStringList &columns) {
    if (path.isEmpty()) {
        return {};
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        return Error::validation(u"rejects"_s,
                                 tr("Cannot write %1: %2").arg(path, m_file->errorString()));
    }
    m_writer = std::make_unique<CsvWriter>(*m_file);
    QStringList header = columns;
    header << u"problems"_s;
    m_writer->writeRow(header);
    return {};
}

void CsvRejects::add(QStringList fields, const QStringList &problems) {
    if (m_writer) {
        fields << problems.join(u"; "_s);
        m_writer->writeRow(fields);
    }
}

Status CsvRejects::commit() {
    if (m_file && !m_file->commit()) {
        return Error::validation(
            u"rejects"_s, tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
    }
    return {};
}

} // namespace sd
