#include "core/mediation/MediationRepository.h"

#include "core/frontdesk/PartyRowRepository.h"
#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/signatures/SignatureRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationRepository)
};

const QString kKind = u"mediation"_s;

const QString kColumns =
    u"m.id, m.number, m.source, m.alert_id, COALESCE(a.number, ''), m.dispute_type, m.facts, "
    u"m.area_id, COALESCE(ca.name, ''), m.location, m.opened_at, m.risk, m.risk_reason, "
    u"m.owning_leader_id, COALESCE(lp.name, ''), m.outcome, m.legal_channel, m.referred_to, "
    u"m.outcome_note, m.status, m.closed_at, m.closed_by, m.row_version, m.created_at, "
    u"m.created_by, m.updated_at, m.updated_by FROM mediation_case m "
    u"LEFT JOIN alert a ON a.id = m.alert_id "
    u"LEFT JOIN community_area ca ON ca.id = m.area_id "
    u"LEFT JOIN person lp ON lp.id = m.owning_leader_id"_s;

MediationCase caseFrom(const QSqlQuery &q) {
    MediationCase c;
    readColumns(q, 0, c.id, c.number, c.source, c.alertId, c.alertNumber, c.disputeType, c.facts,
                c.areaId, c.areaName, c.location, c.openedAt, c.risk, c.riskReason,
                c.owningLeaderId, c.owningLeaderName, c.outcome, c.legalChannel, c.referredTo,
                c.outcomeNote, c.status, c.closedAt, c.closedBy, c.rowVersion, c.createdAt,
                c.createdBy, c.updatedAt, c.updatedBy);
    return c;
}

QVariant optionalKey(const auto &value) {
    return value ? QVariant(toKey(*value)) : QVariant();
}

// The register keeps a party as entered but trimmed, the document number in upper case.
MediationParty trimmed(MediationParty party) {
    party.name = party.name.trimmed();
    party.documentNumber = party.documentNumber.trimmed().toUpper();
    party.phone = party.phone.trimmed();
    party.address = party.address.trimmed();
    return party;
}

QVariantList contentValues(const MediationCase &c) {
    return {toKey(c.source),
            nullableId(c.alertId),
            toKey(c.disputeType),
            c.facts,
            nullableId(c.areaId),
            c.location,
            c.openedAt,
            toKey(c.risk),
            c.riskReason,
            nullableId(c.owningLeaderId),
            optionalKey(c.outcome),
            optionalKey(c.legalChannel),
            c.referredTo,
            c.outcomeNote,
            toKey(c.status),
            c.closedAt ? QVariant(*c.closedAt) : QVariant(),
            c.closedBy};
}
} // namespace

Status MediationRepository::expectOne(const Result<QSqlQuery> &query, const QString &what) const {
    SD_RETURN_IF_ERROR(query);
    if (query->numRowsAffected() == 0) {
        return Error::notFound(what);
    }
    return {};
}

Status MediationRepository::fillChildren(MediationCase &c) const {
    const PartyRowRepository rows(m_database, u"case_id"_s, c.id);
    auto parties = rows.select(u"mediation_party"_s, u"role"_s);
    SD_RETURN_IF_ERROR(parties);
    while (parties->next()) {
        auto party = PartyRowRepository::identityFrom<MediationParty>(parties.value());
        party.role = partyRoleFromKey(parties->value(6).toString()).value_or(PartyRole::Other);
        c.parties << party;
    }
    if (Status mediators = rows.selectPeople(u"mediation_mediator"_s, c.mediatorIds,
                                             c.mediatorNames, c.mediatorBadges);
        !mediators) {
        return mediators;
    }
    if (Status filled = fillSessionsAndFollowUps(c); !filled) {
        return filled;
    }
    return fillAgreement(c);
}

Status MediationRepository::fillSessionsAndFollowUps(MediationCase &c) const {
    const QSqlDatabase db = m_database.connection();
    auto sessions = runSql(db,
                           u"SELECT id, held_at, place, attendees, notes FROM mediation_session "
                           u"WHERE case_id = ? ORDER BY held_at, id"_s,
                           {c.id});
    SD_RETURN_IF_ERROR(sessions);
    while (sessions->next()) {
        MediationSession session;
        session.id = sessions->value(0).toLongLong();
        session.heldAt = sessions->value(1).toLongLong();
        session.place = sessions->value(2).toString();
        session.attendees = sessions->value(3).toString();
        session.notes = sessions->value(4).toString();
        c.sessions << session;
    }
    auto followUps = runSql(db,
                            u"SELECT f.id, f.due_on, f.plan, f.visited_at, f.visitor_id, "
                            u"COALESCE(p.name, ''), f.terms_carried_out, f.satisfaction, "
                            u"f.new_risk, f.new_risk_note, f.notes, f.recorded_by "
                            u"FROM mediation_follow_up f LEFT JOIN person p ON p.id = "
                            u"f.visitor_id WHERE f.case_id = ? ORDER BY f.due_on, f.id"_s,
                            {c.id});
    SD_RETURN_IF_ERROR(followUps);
    while (followUps->next()) {
        const QSqlQuery &q = followUps.value();
        MediationFollowUp followUp;
        followUp.id = q.value(0).toLongLong();
        followUp.dueOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        readColumns(q, 2, followUp.plan, followUp.visitedAt, followUp.visitorId,
                    followUp.visitorName, followUp.termsCarriedOut, followUp.satisfaction,
                    followUp.newRisk, followUp.newRiskNote, followUp.notes, followUp.recordedBy);
        c.followUps << followUp;
    }
    return {};
}

Status MediationRepository::fillAgreement(MediationCase &c) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT liability, terms, performance_method, performance_place, "
                        u"performance_deadline, status, sealed_at, sealed_by, content_sha256, "
                        u"seal_digest FROM mediation_agreement WHERE case_id = ?"_s,
                        {c.id});
    SD_RETURN_IF_ERROR(query);
    if (!query->next()) {
        return {};
    }
    MediationAgreement agreement;
    agreement.liability = query->value(0).toString();
    agreement.terms = query->value(1).toString();
    agreement.performanceMethod = query->value(2).toString();
    agreement.performancePlace = query->value(3).toString();
    agreement.performanceDeadline = QDate::fromString(query->value(4).toString(), Qt::ISODate);
    agreement.status = query->value(5).toString() == u"sealed"_s ? AgreementStatus::Sealed
                                                                 : AgreementStatus::Draft;
    agreement.sealedAt = query->value(6).toLongLong();
    agreement.sealedBy = query->value(7).toString();
    agreement.contentSha256 = query->value(8).toString();
    agreement.sealDigest = query->value(9).toString();
    auto signatures = SignatureRepository(m_database, kKind).forRecord(c.id);
    SD_RETURN_IF_ERROR(signatures);
    agreement.signatures = signatures.value();
    c.agreement = agreement;
    return {};
}

Result<MediationCase> MediationRepository::find(qint64 id) const {
    auto stored = rowSql(m_database.connection(),
                         u"SELECT "_s + kColumns + u" WHERE m.id = ? AND m.station_id = ?"_s,
                         {id, m_database.stationId()},
                         Tr::tr("No mediation case with id %1").arg(id), caseFrom);
    SD_RETURN_IF_ERROR(stored);
    SD_RETURN_IF_ERROR(fillChildren(stored.value()));
    return stored;
}

Result<std::optional<qint64>> MediationRepository::idByNumber(const QString &number) const {
    return idSql(m_database.connection(),
                 u"SELECT id FROM mediation_case WHERE number = ? AND station_id = ?"_s,
                 {number, m_database.stationId()});
}

Result<QString> MediationRepository::numberOf(qint64 id) const {
    auto number = scalarSql(m_database.connection(),
                            u"SELECT number FROM mediation_case WHERE id = ? AND station_id = ?"_s,
                            {id, m_database.stationId()});
    SD_RETURN_IF_ERROR(number);
    return number->toString();
}

Result<QString> MediationRepository::nextNumber(int year) const {
    return nextYearNumber(m_database.connection(), m_database.stationId(), u"mediation_case"_s,
                          u"TJ"_s, year, 4);
}

Result<QList<qint64>> MediationRepository::sealedIds() const {
    return idsSql(m_database.connection(),
                  u"SELECT case_id FROM mediation_agreement WHERE station_id = ? AND "
                  u"status = 'sealed' ORDER BY case_id"_s,
                  {m_database.stationId()});
}

Result<QList<QString>> MediationRepository::openNumbersForAlert(qint64 alertId) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT number FROM mediation_case WHERE station_id = ? AND "
                        u"alert_id = ? AND status = 'open' ORDER BY number"_s,
                        {m_database.stationId(), alertId});
    SD_RETURN_IF_ERROR(query);
    QList<QString> numbers;
    while (query->next()) {
        numbers << query->value(0).toString();
    }
    return numbers;
}

Status MediationRepository::writeChildren(const MediationCase &c) const {
    const PartyRowRepository rows(m_database, u"case_id"_s, c.id,
                                  {{u"station_id"_s, m_database.stationId()}});
    if (Status cleared = rows.clear({u"mediation_party"_s, u"mediation_mediator"_s}); !cleared) {
        return cleared;
    }
    for (qsizetype i = 0; i < c.parties.size(); ++i) {
        if (Status inserted = rows.insert(u"mediation_party"_s, int(i), trimmed(c.parties[i]),
                                          {{u"role"_s, toKey(c.parties[i].role)}});
            !inserted) {
            return inserted;
        }
    }
    return rows.insertPeople(u"mediation_mediator"_s, c.mediatorIds);
}

Result<qint64> MediationRepository::insert(const MediationCase &c, qint64 nowMs,
                                           const QString &actor) const {
    QVariantList values{m_database.stationId(), c.number};
    values << contentValues(c) << nowMs << actor << nowMs << actor;
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO mediation_case (station_id, number, source, alert_id, "
                        u"dispute_type, facts, area_id, location, opened_at, risk, risk_reason, "
                        u"owning_leader_id, outcome, legal_channel, referred_to, outcome_note, "
                        u"status, closed_at, closed_by, created_at, created_by, updated_at, "
                        u"updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        u"?, ?, ?, ?, ?, ?) RETURNING id"_s,
                        values);
    SD_RETURN_IF_ERROR(id);
    MediationCase stored = c;
    stored.id = id->toLongLong();
    SD_RETURN_IF_ERROR(writeChildren(stored));
    return stored.id;
}

Status MediationRepository::checkWritable(qint64 id, qint64 affected) const {
    if (affected > 0) {
        return {};
    }
    auto current = runSql(m_database.connection(),
                          u"SELECT number, updated_by, updated_at FROM mediation_case "
                          u"WHERE id = ? AND station_id = ?"_s,
                          {id, m_database.stationId()});
    SD_RETURN_IF_ERROR(current);
    if (!current->next()) {
        return Error::notFound(Tr::tr("No mediation case with id %1").arg(id));
    }
    return conflictError(Tr::tr("Mediation case %1").arg(current->value(0).toString()),
                         current->value(1).toString(), current->value(2).toLongLong());
}

Status MediationRepository::update(const MediationCase &c, qint64 nowMs, const QString &actor,
                                   bool children) const {
    QVariantList values = contentValues(c);
    values << nowMs << actor << c.id << m_database.stationId() << c.rowVersion;
    auto query = runSql(m_database.connection(),
                        u"UPDATE mediation_case SET source = ?, alert_id = ?, dispute_type = ?, "
                        u"facts = ?, area_id = ?, location = ?, opened_at = ?, risk = ?, "
                        u"risk_reason = ?, owning_leader_id = ?, outcome = ?, legal_channel = ?, "
                        u"referred_to = ?, outcome_note = ?, status = ?, closed_at = ?, "
                        u"closed_by = ?, row_version = row_version + 1, updated_at = ?, "
                        u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
                        values);
    SD_RETURN_IF_ERROR(query);
    if (Status writable = checkWritable(c.id, query->numRowsAffected()); !writable) {
        return writable;
    }
    return children ? writeChildren(c) : Status();
}

Status MediationRepository::touch(qint64 id, qint64 rowVersion, qint64 nowMs,
                                  const QString &actor) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE mediation_case SET row_version = row_version + 1, updated_at = ?, "
                        u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
                        {nowMs, actor, id, m_database.stationId(), rowVersion});
    SD_RETURN_IF_ERROR(query);
    return checkWritable(id, query->numRowsAffected());
}

Result<qint64> MediationRepository::insertSession(qint64 caseId, const MediationSession &session,
                                                  qint64 nowMs, const QString &actor) const {
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO mediation_session (station_id, case_id, held_at, place, "
                        u"attendees, notes, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        u"?) RETURNING id"_s,
                        {m_database.stationId(), caseId, session.heldAt, session.place.trimmed(),
                         session.attendees.trimmed(), session.notes.trimmed(), nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return id->toLongLong();
}

Status MediationRepository::updateSession(qint64 caseId, const MediationSession &session,
                                          qint64 nowMs, const QString &actor) const {
    return expectOne(
        runSql(m_database.connection(),
               u"UPDATE mediation_session SET held_at = ?, place = ?, attendees = ?, "
               u"notes = ?, row_version = row_version + 1, updated_at = ?, "
               u"updated_by = ? WHERE id = ? AND case_id = ? AND station_id = ?"_s,
               {session.heldAt, session.place.trimmed(), session.attendees.trimmed(),
                session.notes.trimmed(), nowMs, actor, session.id, caseId, m_database.stationId()}),
        Tr::tr("No mediation session with id %1").arg(session.id));
}

Status MediationRepository::deleteSession(qint64 caseId, qint64 sessionId) const {
    return expectOne(runSql(m_database.connection(),
                            u"DELETE FROM mediation_session WHERE id = ? AND case_id = ? AND "
                            u"station_id = ?"_s,
                            {sessionId, caseId, m_database.stationId()}),
                     Tr::tr("No mediation session with id %1").arg(sessionId));
}

Status MediationRepository::saveAgreement(qint64 caseId, const MediationAgreement &agreement,
                                          qint64 nowMs, const QString &actor) const {
    const QSqlDatabase db = m_database.connection();
    const QVariantList text{agreement.liability.trimmed(), agreement.terms.trimmed(),
                            agreement.performanceMethod.trimmed(),
                            agreement.performancePlace.trimmed(),
                            nullableDate(agreement.performanceDeadline)};
    auto exists =
        runSql(db, u"SELECT status FROM mediation_agreement WHERE case_id = ?"_s, {caseId});
    SD_RETURN_IF_ERROR(exists);
    if (!exists->next()) {
        QVariantList values{caseId, m_database.stationId()};
        values << text << nowMs << actor;
        auto inserted = runSql(db,
                               u"INSERT INTO mediation_agreement (case_id, station_id, liability, "
                               u"terms, performance_method, performance_place, "
                               u"performance_deadline, status, updated_at, updated_by) VALUES "
                               u"(?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"_s,
                               values);
        return inserted ? Status() : Status(inserted.error());
    }
    QVariantList values = text;
    values << nowMs << actor << caseId;
    return expectOne(runSql(db,
                            u"UPDATE mediation_agreement SET liability = ?, terms = ?, "
                            u"performance_method = ?, performance_place = ?, "
                            u"performance_deadline = ?, row_version = row_version + 1, "
                            u"updated_at = ?, updated_by = ? WHERE case_id = ? AND "
                            u"status = 'draft'"_s,
                            values),
                     Tr::tr("The agreement is sealed."));
}

Status MediationRepository::sealAgreement(qint64 caseId, qint64 nowMs, const QString &actor,
                                          const QString &contentSha256,
                                          const QString &sealDigest) const {
    return expectOne(runSql(m_database.connection(),
                            u"UPDATE mediation_agreement SET status = 'sealed', sealed_at = ?, "
                            u"sealed_by = ?, content_sha256 = ?, seal_digest = ?, "
                            u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                            u"WHERE case_id = ? AND status = 'draft'"_s,
                            {nowMs, actor, contentSha256, sealDigest, nowMs, actor, caseId}),
                     Tr::tr("The agreement is sealed."));
}

Result<qint64> MediationRepository::insertFollowUp(qint64 caseId, const QDate &dueOn,
                                                   const QString &plan, qint64 nowMs,
                                                   const QString &actor) const {
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO mediation_follow_up (station_id, case_id, due_on, plan, "
                        u"created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, "
                        u"?, ?, ?) RETURNING id"_s,
                        {m_database.stationId(), caseId, dueOn.toString(Qt::ISODate),
                         plan.trimmed(), nowMs, actor, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return id->toLongLong();
}

Status MediationRepository::recordFollowUp(qint64 caseId, qint64 followUpId,
                                           const FollowUpVisit &visit, qint64 nowMs,
                                           const QString &actor) const {
    return expectOne(
        runSql(m_database.connection(),
               u"UPDATE mediation_follow_up SET visited_at = ?, visitor_id = ?, "
               u"terms_carried_out = ?, satisfaction = ?, new_risk = ?, new_risk_note = ?, "
               u"notes = ?, recorded_by = ?, row_version = row_version + 1, updated_at = ?, "
               u"updated_by = ? WHERE id = ? AND case_id = ? AND station_id = ? AND "
               u"visited_at IS NULL"_s,
               {visit.visitedAt, nullableId(visit.visitorId), toKey(visit.termsCarriedOut),
                toKey(visit.satisfaction), visit.newRisk ? 1 : 0, visit.newRiskNote.trimmed(),
                visit.notes.trimmed(), actor, nowMs, actor, followUpId, caseId,
                m_database.stationId()}),
        Tr::tr("No follow-up visit with id %1 waiting to be recorded").arg(followUpId));
}

Status MediationRepository::deleteFollowUp(qint64 caseId, qint64 followUpId) const {
    return expectOne(
        runSql(m_database.connection(),
               u"DELETE FROM mediation_follow_up WHERE id = ? AND case_id = ? AND "
               u"station_id = ? AND visited_at IS NULL"_s,
               {followUpId, caseId, m_database.stationId()}),
        Tr::tr("No follow-up visit with id %1 waiting to be recorded").arg(followUpId));
}

} // namespace sd
