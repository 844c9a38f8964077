#include "ui/widgets/OptionalDateEdit.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QDate kNotRecorded(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent) {
    setMinimumDate(kNotRecorded);
    setSpecialValueText(tr("not recorded"));
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setCalendarPopup(true);
    setDate(kNotRecorded);
}

QDate OptionalDateEdit::optionalDate() const {
    return date() == kNotRecorded ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &value) {
    setDate(value.isValid() ? value : kNotRecorded);
}

} // namespace sd
