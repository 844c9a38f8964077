#include "core/kernel/storage/RowVersion.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::RowVersion)
};
} // namespace

Error conflictError(const QString &recordLabel, const QString &changedBy, qint64 changedAtMs) {
    const QString when = QDateTime::fromMSecsSinceEpoch(changedAtMs)
                             .toLocalTime()
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return Error::conflict(Tr::tr("%1 was changed by %2 at %3 after you opened it. Your change was "
                                  "not saved: reload it and apply your change again.")
                               .arg(recordLabel, changedBy, when));
}

} // namespace sd
