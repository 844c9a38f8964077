#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// One shift of the roster as a handover needs it: when it runs and who is on it.
struct ShiftCrew {
    QString shiftKey;    // the shift of the station's pattern, e.g. "day", "night", "duty24"
    QDate date;          // the station date the shift belongs to
    qint64 startsAt = 0; // UTC ms
    qint64 endsAt = 0;   // UTC ms
    qint64 leaderId = 0; // the duty leader (值班领导)
    QList<qint64> officerIds;
    QList<qint64> auxiliaryIds;

    bool onDuty(qint64 personId) const {
        return personId != 0 && (personId == leaderId || officerIds.contains(personId) ||
                                 auxiliaryIds.contains(personId));
    }
};

// What a handover asks of the roster, passed down so that the handover does not depend on
// how the roster is planned (the roster answers; a station without one answers nothing).
class ShiftLookup {
public:
    virtual ~ShiftLookup() = default;
    // The shift running at instant (UTC ms), if the roster has one.
    virtual std::optional<ShiftCrew> shiftAt(qint64 instant) const = 0;
    // The shift that follows shift, if the roster has one.
    virtual std::optional<ShiftCrew> shiftAfter(const ShiftCrew &shift) const = 0;
};

// The answer of a station whose roster is not planned (yet): no shift at all, so every
// handover is refused with a message saying so.
class NoRoster : public ShiftLookup {
public:
    std::optional<ShiftCrew> shiftAt(qint64) const override { return std::nullopt; }
    std::optional<ShiftCrew> shiftAfter(const ShiftCrew &) const override { return std::nullopt; }
};

} // namespace sd
