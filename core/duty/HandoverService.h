#pragma once

#include "core/accounts/AccountService.h"
#include "core/duty/Handover.h"
#include "core/duty/RosterLookup.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/Secret.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

class HandoverRepository;

// The shift handover (交接班): the outgoing officer starts it for the shift after theirs
// (from the roster, through RosterLookup), it is built from live data and the checklist,
// the incoming officer accepts or queries each item, both sign with their password again,
// and it is sealed: the content hash is stored with the signatures, the audit head at
// sealing, and the incoming signature's time as the moment responsibility passed.
//
// Writes need FileAlerts; each is validated first, checks the handover's row_version (a
// stale one is a Conflict naming who saved first), runs in one transaction with its audit
// row, and returns the handover as stored. Nothing is half-saved. Fields named in errors:
// place, incoming, shift, item, value, reason, notes, signature, signer, password, status,
// checklist.N.
class HandoverService {
    Q_DECLARE_TR_FUNCTIONS(sd::HandoverService)

public:
    // How long after its end a shift can still be handed over by its crew.
    static constexpr qint64 kGraceMs = 2 * 3600 * 1000;

    HandoverService(const ServiceContext &context, AccountService &accounts,
                    const RosterLookup &roster)
        : m_context(context)
        , m_accounts(accounts)
        , m_roster(roster) {}

    Result<Handover> handover(qint64 id) const;
    Result<Handover> byNumber(const QString &number) const;
    // Every handover, newest first.
    Result<QList<Handover>> list() const;

    // The checklist template (the built-in lines until the admin edits it).
    Result<QList<ChecklistLine>> checklistTemplate() const;
    // Needs ChangeSettings.
    Status setChecklistTemplate(const QList<ChecklistLine> &lines) const;

    // The logged-in officer hands their shift over to incomingId of the next shift. Their
    // shift is the one in force, or one that ended less than kGraceMs ago (a handover may
    // run past the change); the one just ended comes first, so someone on two shifts in a
    // row hands over the first. Refused: no roster for this shift or the next; the officer not on
    // this shift; handing over to oneself or to someone not on the next shift; a second handover of
    // a shift. What the last sealed handover left open and is still open is carried (by name).
    Result<Handover> start(const QString &place, qint64 incomingId,
                           const QString &notes = {}) const;
    // The outgoing officer enters a checklist line's number or text, or edits the notes.
    Result<Handover> setValue(qint64 id, qint64 rowVersion, int position,
                              const QString &value) const;
    Result<Handover> setNotes(qint64 id, qint64 rowVersion, const QString &notes) const;
    // The incoming officer accepts an item (it passes to them) or queries it with a reason
    // (it stays with the outgoing officer); once per item, before signing.
    Result<Handover> accept(qint64 id, qint64 rowVersion, int position,
                            const QString &note = {}) const;
    Result<Handover> query(qint64 id, qint64 rowVersion, int position, const QString &reason) const;
    // signerId signs for themselves only (the logged-in person, password again): the outgoing
    // officer first, once every item is checked and every checklist line filled; then the
    // incoming officer, which seals the handover.
    Result<Handover> sign(qint64 id, qint64 rowVersion, qint64 signerId,
                          const SignatureInput &input, const std::optional<Secret> &password) const;

    // Every sealed handover's content hash, signatures and seal re-checked from the stored
    // rows (problems name the JJ number).
    Result<QList<RecordProblem>>
    verifyAll(const std::function<bool(qint64, qint64)> &progress = {}) const;

private:
    using Change = std::function<Result<QString>(const Handover &current,
                                                 const HandoverRepository &repository)>;
    // After the permission check, in one transaction: the handover as stored (refused once
    // signed or sealed), change's checks and writes, the row_version bump and the audit row.
    Result<Handover> change(qint64 id, qint64 rowVersion, const QString &action,
                            const Change &work) const;
    Result<Handover> decide(qint64 id, qint64 rowVersion, int position, HandoverItemState state,
                            const QString &note) const;
    Result<HandoverItem> itemAt(const Handover &handover, int position) const;
    struct ShiftPair {
        PlannedShift outgoing;
        PlannedShift incoming;
    };
    Result<ShiftPair> shiftsFor(qint64 personId, qint64 now) const;
    Result<QList<HandoverItem>> build(const PlannedShift &incoming) const;
    Status signable(const Handover &handover) const;
    Result<Handover> seal(const Handover &handover, const Signature &incoming) const;
    QStringList verifyOne(const Handover &handover) const;

    const ServiceContext m_context;
    AccountService &m_accounts;
    const RosterLookup &m_roster;
};

} // namespace sd
