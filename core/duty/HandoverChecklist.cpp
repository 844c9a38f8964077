#include "core/duty/HandoverChecklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

const QString HandoverChecklist::kSettingKey = u"handover_checklist"_s;

QList<ChecklistLine> HandoverChecklist::builtIn() {
    return {
        {u"keys"_s, {}, ChecklistInput::Number},
        {u"radios"_s, {}, ChecklistInput::Number},
        {u"body_cameras"_s, {}, ChecklistInput::Number},
        {u"vehicles"_s, {}, ChecklistInput::Text},
        {u"persons_held"_s, {}, ChecklistInput::Number},
        {u"items_kept"_s, {}, ChecklistInput::Text},
    };
}

Status HandoverChecklist::check(const QList<ChecklistLine> &lines) {
    static const QRegularExpression kKey(u"^[a-z0-9_]{1,40}$"_s);
    if (lines.size() > 50) {
        return Error::validation(u"checklist"_s, tr("A checklist has at most 50 lines."));
    }
    QSet<QString> builtInKeys;
    for (const ChecklistLine &line : builtIn()) {
        builtInKeys.insert(line.key);
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ChecklistLine &line = lines.at(i);
        const QString field = u"checklist.%1"_s.arg(i + 1);
        if (!kKey.match(line.key).hasMatch()) {
            return Error::validation(field, tr("Line %1: the key \"%2\" must be 1 to 40 lower-case "
                                               "letters, digits or _.")
                                                .arg(i + 1)
                                                .arg(line.key));
        }
        if (seen.contains(line.key)) {
            return Error::validation(
                field, tr("Line %1: the key \"%2\" is used twice.").arg(i + 1).arg(line.key));
        }
        seen.insert(line.key);
        if (line.label.trimmed().isEmpty() && !builtInKeys.contains(line.key)) {
            return Error::validation(field,
                                     tr("Line %1 (%2) needs a label.").arg(i + 1).arg(line.key));
        }
    }
    return {};
}

QByteArray HandoverChecklist::toJson(const QList<ChecklistLine> &lines) {
    QJsonArray array;
    for (const ChecklistLine &line : lines) {
        array.append(QJsonObject{{u"key"_s, line.key},
                                 {u"label"_s, line.label.trimmed()},
                                 {u"input"_s, toKey(line.input)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Result<QList<ChecklistLine>> HandoverChecklist::fromJson(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return Error::validation(
            u"checklist"_s,
            tr("The checklist is not a JSON list of lines: %1").arg(parseError.errorString()));
    }
    QList<ChecklistLine> lines;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const auto input = checklistInputFromKey(object.value(u"input"_s).toString(u"none"_s));
        if (!input) {
            return Error::validation(u"checklist.%1"_s.arg(i + 1),
                                     tr("Line %1: the input must be none, number or text, not "
                                        "\"%2\".")
                                         .arg(i + 1)
                                         .arg(object.value(u"input"_s).toString()));
        }
        lines << ChecklistLine{object.value(u"key"_s).toString(),
                               object.value(u"label"_s).toString().trimmed(), *input};
    }
    SD_RETURN_IF_ERROR(check(lines));
    return lines;
}

Result<QString> HandoverChecklist::checkedValue(const HandoverItem &line, const QString &value) {
    const QString text = value.trimmed();
    const QString name = checklistLabel(line.ref, line.title);
    switch (line.input) {
    case ChecklistInput::None:
        return Error::validation(u"value"_s,
                                 tr("Item %1 (%2) takes no value.").arg(line.position).arg(name));
    case ChecklistInput::Number: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < 0) {
            return Error::validation(u"value"_s, tr("Item %1 (%2) needs a whole number of 0 or "
                                                    "more, not \"%3\".")
                                                     .arg(line.position)
                                                     .arg(name, text));
        }
        return QString::number(number);
    }
    case ChecklistInput::Text:
        if (text.isEmpty() || text.size() > 500) {
            return Error::validation(u"value"_s, tr("Item %1 (%2) needs a text of 1 to 500 "
                                                    "characters.")
                                                     .arg(line.position)
                                                     .arg(name));
        }
        return text;
    }
    return text;
}

} // namespace sd
