#pragma once

#include "core/frontdesk/OnSceneRecord.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <functional>

namespace sd {

class ReportPager;

// The signature block of the on-scene record: one box per expected signer (each party,
// the handling officer, the witness) with the signature image over a line and the
// printed name, role, local time and meaning under it. A party who refused gets a box
// saying so with the reason; a signer still missing on a draft gets an empty box, so a
// printed draft can be signed on paper. Rows of boxes never break across pages.
class SignatureBoxes {
    // The report's context: these labels belong to the same printed form.
    Q_DECLARE_TR_FUNCTIONS(sd::OnSceneRecordReport)

public:
    using TimeText = std::function<QString(qint64 utcMs)>;

    SignatureBoxes(ReportPager &pager, const OnSceneRecord &record, TimeText localTime);

    // Adds the heading and the boxes, the heading kept with the first row.
    void add(const QString &heading);
    // What the officer's box calls the signer ("Handling officer" unless set; a mediation
    // agreement says "Mediator").
    void setOfficerRole(const QString &role) { m_officerRole = role; }

private:
    enum class State { Signed, Refused, Missing };
    struct Box {
        State state = State::Missing;
        QString name;
        QString role;
        QString when;    // signed time, or the refusal reason / "Not signed"
        QString meaning; // what the signature attests
        QImage image;
    };

    QList<Box> boxes() const;
    Box signedBox(const Signature &signature, const QString &role) const;

    ReportPager &m_pager;
    const OnSceneRecord &m_record;
    TimeText m_localTime;
    QString m_officerRole;
};

} // namespace sd
