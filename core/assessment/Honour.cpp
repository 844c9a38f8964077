#include "core/assessment/Honour.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Honour)
};
} // namespace

QList<HonourKind> allHonourKinds() {
    return {HonourKind::FirstClassMerit, HonourKind::SecondClassMerit, HonourKind::ThirdClassMerit,
            HonourKind::Commendation, HonourKind::Title};
}

QString toKey(HonourKind kind) {
    switch (kind) {
    case HonourKind::FirstClassMerit:
        return u"first_class_merit"_s;
    case HonourKind::SecondClassMerit:
        return u"second_class_merit"_s;
    case HonourKind::ThirdClassMerit:
        return u"third_class_merit"_s;
    case HonourKind::Commendation:
        return u"commendation"_s;
    case HonourKind::Title:
        return u"title"_s;
    }
    return {};
}

std::optional<HonourKind> honourKindFromKey(const QString &key) {
    for (HonourKind kind : allHonourKinds()) {
        if (toKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(HonourKind kind) {
    switch (kind) {
    case HonourKind::FirstClassMerit:
        return Tr::tr("First-class merit");
    case HonourKind::SecondClassMerit:
        return Tr::tr("Second-class merit");
    case HonourKind::ThirdClassMerit:
        return Tr::tr("Third-class merit");
    case HonourKind::Commendation:
        return Tr::tr("Commendation");
    case HonourKind::Title:
        return Tr::tr("Honorary title");
    }
    return {};
}

} // namespace sd
