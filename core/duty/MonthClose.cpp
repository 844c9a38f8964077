#include "core/duty/MonthClose.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QJsonObject objectOf(const QMap<QString, qint64> &counts) {
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

QMap<QString, qint64> countsOf(const QJsonObject &object) {
    QMap<QString, qint64> counts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        counts.insert(it.key(), it.value().toInteger());
    }
    return counts;
}
} // namespace

QByteArray MonthFigures::canonical() const {
    // QJsonObject keeps its keys sorted, so the same figures always give the same bytes.
    const QJsonObject object{
        {u"alerts"_s, alerts},
        {u"by_category"_s, objectOf(byCategory)},
        {u"by_area"_s, objectOf(byArea)},
        {u"by_status"_s, objectOf(byStatus)},
        {u"records_filed"_s, recordsFiled},
        {u"cases_closed"_s, casesClosed},
        {u"assessments_approved"_s, assessmentsApproved},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<MonthFigures> MonthFigures::fromCanonical(const QByteArray &json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    MonthFigures figures;
    figures.alerts = object.value(u"alerts"_s).toInteger();
    figures.byCategory = countsOf(object.value(u"by_category"_s).toObject());
    figures.byArea = countsOf(object.value(u"by_area"_s).toObject());
    figures.byStatus = countsOf(object.value(u"by_status"_s).toObject());
    figures.recordsFiled = object.value(u"records_filed"_s).toInteger();
    figures.casesClosed = object.value(u"cases_closed"_s).toInteger();
    figures.assessmentsApproved = object.value(u"assessments_approved"_s).toInteger();
    return figures;
}

QString MonthClose::digestOf(const QString &period, const QByteArray &figuresJson,
                             const QString &auditHead) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(period.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(figuresJson);
    hash.addData(QByteArrayView("\n"));
    hash.addData(auditHead.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sd
