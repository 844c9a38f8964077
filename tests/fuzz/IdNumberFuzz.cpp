// IdNumber on any text (an identity number typed at the front desk or imported). What it
// accepts is normalised once and for all, has a real birth date and a matching check
// character; masking keeps the length of any text.
#include "FuzzSupport.h"
#include "core/organisation/IdNumber.h"

using namespace sd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    fuzz::check(IdNumber::masked(text).size() == text.size(), "masking changed the length", text);
    const auto id = IdNumber::validate(text, u"id_number"_s);
    if (!id) {
        fuzz::check(id.error().field == u"id_number"_s && !id.error().message.isEmpty(),
                    "a refused identity number without a message on its field", text);
        return 0;
    }
    const QString &valid = id.value();
    fuzz::check(valid.size() == 18, "an accepted identity number is not 18 characters", valid);
    const auto again = IdNumber::validate(valid);
    fuzz::check(again.ok() && again.value() == valid, "validation is not idempotent", valid);
    fuzz::check(IdNumber::checkCharacter(valid.left(17)) == valid.at(17),
                "accepted with a wrong check character", valid);
    fuzz::check(IdNumber::birthDate(valid).isValid(), "accepted without a real birth date", valid);
    IdNumber::isMale(valid);
    const QString masked = IdNumber::masked(valid);
    fuzz::check(masked.left(6) == valid.left(6) && masked.right(4) == valid.right(4) &&
                    masked.mid(6, 8) == u"********"_s,
                "the masked form shows the birth date", masked);
    return 0;
}
