// AuditHead::parse on any text (the SEQ:HASH given to `stationctl audit verify --head`,
// kept somewhere outside the database). What it accepts is a positive sequence number and
// a 64-digit lower-case hex hash, and prints back as text that parses to the same head.
#include "FuzzSupport.h"
#include "core/kernel/security/AuditEntry.h"

using namespace sd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    const auto head = AuditHead::parse(text);
    if (!head) {
        return 0;
    }
    fuzz::check(head->seq > 0, "a head with a sequence number below 1", text);
    fuzz::check(head->hash.size() == 64 && std::all_of(head->hash.begin(), head->hash.end(),
                                                       [](QChar c) {
                                                           return (c >= u'0' && c <= u'9') ||
                                                                  (c >= u'a' && c <= u'f');
                                                       }),
                "a head whose hash is not 64 lower-case hex digits", head->hash);
    const auto again = AuditHead::parse(head->toString());
    fuzz::check(again && again->seq == head->seq && again->hash == head->hash,
                "toString → parse changed the head", text + u" → "_s + head->toString());
    return 0;
}
