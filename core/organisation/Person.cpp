#include "core/organisation/Person.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Person)
};
} // namespace

QString toKey(PersonCategory category) {
    return category == PersonCategory::Officer ? u"officer"_s : u"auxiliary"_s;
}

std::optional<PersonCategory> personCategoryFromKey(const QString &key) {
    if (key == u"officer"_s) {
        return PersonCategory::Officer;
    }
    if (key == u"auxiliary"_s) {
        return PersonCategory::Auxiliary;
    }
    return std::nullopt;
}

QString displayName(PersonCategory category) {
    return category == PersonCategory::Officer ? Tr::tr("Officer") : Tr::tr("Auxiliary officer");
}

} // namespace sd
