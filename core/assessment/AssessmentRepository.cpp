#include "core/assessment/AssessmentRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessmentRepository)
};

const QString kSchemeColumns =
    u"id, code, name, subject_kind, period_kind, base_score, excellent_min, good_min, pass_min, "
    u"zero_deduction_target, row_version, updated_at, updated_by"_s;

const QString kSheetColumns =
    u"s.id, s.scheme_id, s.subject_kind, s.subject_id, s.period, s.status, s.base_score, "
    u"s.excellent_min, s.good_min, s.pass_min, s.total, s.grade, s.drafted_by, s.submitted_at, "
    u"s.approved_at, s.approved_by, s.content_hash, s.row_version, s.updated_at, s.updated_by, "
    u"c.code, c.name, COALESCE((SELECT u.name FROM unit u WHERE s.subject_kind = 'unit' AND "
    u"u.id = s.subject_id), (SELECT p.name FROM person p WHERE s.subject_kind = 'person' AND "
    u"p.id = s.subject_id), ''), (SELECT COUNT(*) FROM score_entry e WHERE e.sheet_id = s.id "
    u"AND e.points < 0)"_s;

const QString kSheetFrom = u" FROM score_sheet s JOIN assessment_scheme c ON c.id = s.scheme_id"_s;

AssessmentScheme schemeFrom(const QSqlQuery &query) {
    AssessmentScheme scheme;
    readColumns(query, 0, scheme.id, scheme.code, scheme.name, scheme.subjectKind,
                scheme.periodKind, scheme.baseScore);
    scheme.thresholds = {query.value(6).toInt(), query.value(7).toInt(), query.value(8).toInt()};
    readColumns(query, 9, scheme.zeroDeductionTarget, scheme.rowVersion, scheme.updatedAt,
                scheme.updatedBy);
    return scheme;
}

std::optional<qint64> optionalMs(const QVariant &value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableMs(std::optional<qint64> value) {
    return value ? QVariant(*value) : QVariant();
}

QVariant nullableText(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

ScoreSheet sheetFrom(const QSqlQuery &query) {
    ScoreSheet sheet;
    readColumns(query, 0, sheet.id, sheet.schemeId, sheet.subjectKind, sheet.subjectId,
                sheet.period, sheet.status, sheet.baseScore);
    sheet.thresholds = {query.value(7).toInt(), query.value(8).toInt(), query.value(9).toInt()};
    readColumns(query, 10, sheet.total, sheet.grade, sheet.draftedBy);
    sheet.submittedAt = optionalMs(query.value(13));
    sheet.approvedAt = optionalMs(query.value(14));
    readColumns(query, 15, sheet.approvedBy, sheet.contentHash, sheet.rowVersion, sheet.updatedAt,
                sheet.updatedBy, sheet.schemeCode, sheet.schemeName, sheet.subjectName,
                sheet.deductionCount);
    return sheet;
}

SqlWhere sheetWhere(const SheetFilter &filter, qint64 stationId) {
    SqlWhere where(u"s.station_id = ?"_s, stationId);
    where.whenSet(filter.schemeId, u"s.scheme_id = ?"_s)
        .whenSet(filter.status, u"s.status = ?"_s)
        .whenSet(filter.period, u"s.period = ?"_s)
        .whenSet(filter.fromPeriod, u"s.period >= ?"_s)
        .whenSet(filter.toPeriod, u"s.period <= ?"_s)
        .whenSet(filter.subjectId, u"s.subject_id = ?"_s);
    return where;
}

} // namespace

// ---- schemes ------------------------------------------------------------------------

Result<QList<AssessmentItem>> AssessmentRepository::items(qint64 schemeId) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT id, code, description, points, max_per_period FROM "
                        u"assessment_item WHERE scheme_id = ? ORDER BY position, id"_s,
                        {schemeId});
    SD_RETURN_IF_ERROR(query);
    QList<AssessmentItem> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        result << AssessmentItem{row.value(0).toLongLong(), row.value(1).toString(),
                                 row.value(2).toString(), row.value(3).toInt(),
                                 row.value(4).toInt()};
    }
    return result;
}

Result<QList<AssessmentScheme>> AssessmentRepository::schemes() const {
    auto query = runSql(m_database.connection(),
                        u"SELECT "_s + kSchemeColumns +
                            u" FROM assessment_scheme WHERE station_id = ? ORDER BY "_s +
                            m_database.dialect().textOrder(u"code"_s),
                        {m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QList<AssessmentScheme> result;
    while (query.value().next()) {
        result << schemeFrom(query.value());
    }
    for (AssessmentScheme &scheme : result) {
        auto schemeItems = items(scheme.id);
        SD_RETURN_IF_ERROR(schemeItems);
        scheme.items = schemeItems.value();
    }
    return result;
}

Result<AssessmentScheme> AssessmentRepository::scheme(qint64 id) const {
    auto stored = rowSql(m_database.connection(),
                         u"SELECT "_s + kSchemeColumns +
                             u" FROM assessment_scheme WHERE id = ? AND station_id = ?"_s,
                         {id, m_database.stationId()},
                         Tr::tr("No assessment scheme with id %1").arg(id), schemeFrom);
    SD_RETURN_IF_ERROR(stored);
    AssessmentScheme found = std::move(stored).value();
    auto schemeItems = items(id);
    SD_RETURN_IF_ERROR(schemeItems);
    found.items = schemeItems.value();
    return found;
}

Result<std::optional<AssessmentScheme>>
AssessmentRepository::schemeByCode(const QString &code) const {
    auto id = scalarSql(m_database.connection(),
                        u"SELECT id FROM assessment_scheme WHERE code = ? AND station_id = ?"_s,
                        {code, m_database.stationId()});
    if (!id) {
        if (id.error().code == ErrorCode::NotFound) {
            return std::optional<AssessmentScheme>();
        }
        return id.error();
    }
    auto found = scheme(id.value().toLongLong());
    SD_RETURN_IF_ERROR(found);
    return std::optional<AssessmentScheme>(found.value());
}

Status AssessmentRepository::writeItems(qint64 schemeId, const QList<AssessmentItem> &list) const {
    int position = 0;
    for (const AssessmentItem &item : list) {
        ++position;
        auto written =
            item.id == 0
                ? runSql(m_database.connection(),
                         u"INSERT INTO assessment_item (station_id, scheme_id, code, description, "
                         u"points, max_per_period, position) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         {m_database.stationId(), schemeId, item.code, item.description,
                          item.points, item.maxPerPeriod, position})
                : runSql(m_database.connection(),
                         u"UPDATE assessment_item SET code = ?, description = ?, points = ?, "
                         u"max_per_period = ?, position = ? WHERE id = ? AND scheme_id = ?"_s,
                         {item.code, item.description, item.points, item.maxPerPeriod, position,
                          item.id, schemeId});
        SD_RETURN_IF_ERROR(written);
    }
    return {};
}

Result<AssessmentScheme> AssessmentRepository::insertScheme(const AssessmentScheme &scheme,
                                                            qint64 nowMs,
                                                            const QString &actor) const {
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO assessment_scheme (station_id, code, name, subject_kind, period_kind, "
        u"base_score, excellent_min, good_min, pass_min, zero_deduction_target, row_version, "
        u"created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
        u"RETURNING id"_s,
        {m_database.stationId(), scheme.code, scheme.name, toKey(scheme.subjectKind),
         toKey(scheme.periodKind), scheme.baseScore, scheme.thresholds.excellentMin,
         scheme.thresholds.goodMin, scheme.thresholds.passMin, scheme.zeroDeductionTarget ? 1 : 0,
         nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    SD_RETURN_IF_ERROR(writeItems(id.value().toLongLong(), scheme.items));
    return this->scheme(id.value().toLongLong());
}

Result<AssessmentScheme> AssessmentRepository::updateScheme(const AssessmentScheme &scheme,
                                                            qint64 nowMs,
                                                            const QString &actor) const {
    auto query = runSql(
        m_database.connection(),
        u"UPDATE assessment_scheme SET code = ?, name = ?, base_score = ?, excellent_min = ?, "
        u"good_min = ?, pass_min = ?, zero_deduction_target = ?, row_version = row_version + 1, "
        u"updated_at = ?, updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
        {scheme.code, scheme.name, scheme.baseScore, scheme.thresholds.excellentMin,
         scheme.thresholds.goodMin, scheme.thresholds.passMin, scheme.zeroDeductionTarget ? 1 : 0,
         nowMs, actor, scheme.id, m_database.stationId(), scheme.rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        auto current = this->scheme(scheme.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(Tr::tr("Assessment scheme %1").arg(current->code), current->updatedBy,
                             current->updatedAt);
    }
    SD_RETURN_IF_ERROR(writeItems(scheme.id, scheme.items));
    return this->scheme(scheme.id);
}

Result<int> AssessmentRepository::countSheets(qint64 schemeId) const {
    return countSql(m_database.connection(),
                    u"SELECT COUNT(*) FROM score_sheet WHERE scheme_id = ?"_s, {schemeId});
}

// ---- sheets -------------------------------------------------------------------------

Result<ScoreSheet> AssessmentRepository::sheet(qint64 id) const {
    auto stored = rowSql(
        m_database.connection(),
        u"SELECT "_s + kSheetColumns + kSheetFrom + u" WHERE s.id = ? AND s.station_id = ?"_s,
        {id, m_database.stationId()}, Tr::tr("No score sheet with id %1").arg(id), sheetFrom);
    SD_RETURN_IF_ERROR(stored);
    ScoreSheet found = std::move(stored).value();

    auto entries = runSql(m_database.connection(),
                          u"SELECT e.id, e.item_id, i.code, e.points, e.reason, e.evidence, "
                          u"e.record_kind, e.record_number FROM score_entry e JOIN "
                          u"assessment_item i ON i.id = e.item_id WHERE e.sheet_id = ? "
                          u"ORDER BY e.position"_s,
                          {id});
    SD_RETURN_IF_ERROR(entries);
    while (entries.value().next()) {
        const QSqlQuery &row = entries.value();
        ScoreEntry entry;
        readColumns(row, 0, entry.id, entry.itemId, entry.itemCode, entry.points, entry.reason,
                    entry.evidence, entry.recordKind, entry.recordNumber);
        found.entries << entry;
    }

    auto reviews = runSql(m_database.connection(),
                          u"SELECT action, comment, actor, at FROM score_sheet_review "
                          u"WHERE sheet_id = ? ORDER BY at, id"_s,
                          {id});
    SD_RETURN_IF_ERROR(reviews);
    while (reviews.value().next()) {
        const QSqlQuery &row = reviews.value();
        found.reviews << SheetReview{row.value(0).toString(), row.value(1).toString(),
                                     row.value(2).toString(), row.value(3).toLongLong()};
    }
    return found;
}

Result<std::optional<qint64>> AssessmentRepository::findSheet(qint64 schemeId, qint64 subjectId,
                                                              const QString &period) const {
    return idSql(m_database.connection(),
                 u"SELECT id FROM score_sheet WHERE station_id = ? AND scheme_id = ? AND "
                 u"subject_id = ? AND period = ?"_s,
                 {m_database.stationId(), schemeId, subjectId, period});
}

Result<QList<ScoreSheet>> AssessmentRepository::sheets(const SheetFilter &filter) const {
    const SqlWhere where = sheetWhere(filter, m_database.stationId());
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + kSheetColumns + kSheetFrom + where.sql() +
                       u" ORDER BY s.period, s.total DESC, s.subject_id LIMIT ? OFFSET ?"_s,
                   where.valuesAnd({filter.limit, filter.offset}),
                   [&](const QSqlQuery &row) { return sheetFrom(row); });
}

Result<int> AssessmentRepository::countSheets(const SheetFilter &filter) const {
    const SqlWhere where = sheetWhere(filter, m_database.stationId());
    return countSql(m_database.connection(), u"SELECT COUNT(*) FROM score_sheet s"_s + where.sql(),
                    where.values());
}

Status AssessmentRepository::writeEntries(qint64 sheetId, const QList<ScoreEntry> &entries) const {
    auto removed =
        runSql(m_database.connection(), u"DELETE FROM score_entry WHERE sheet_id = ?"_s, {sheetId});
    SD_RETURN_IF_ERROR(removed);
    int position = 0;
    for (const ScoreEntry &entry : entries) {
        ++position;
        auto added = runSql(
            m_database.connection(),
            u"INSERT INTO score_entry (station_id, sheet_id, item_id, position, points, reason, "
            u"evidence, record_kind, record_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {m_database.stationId(), sheetId, entry.itemId, position, entry.points, entry.reason,
             entry.evidence, entry.recordKind ? QVariant(toKey(*entry.recordKind)) : QVariant(),
             nullableText(entry.recordKind ? entry.recordNumber : QString())});
        SD_RETURN_IF_ERROR(added);
    }
    return {};
}

Result<ScoreSheet> AssessmentRepository::insertSheet(const ScoreSheet &sheet, qint64 nowMs,
                                                     const QString &actor) const {
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO score_sheet (station_id, scheme_id, subject_kind, subject_id, period, "
        u"status, base_score, excellent_min, good_min, pass_min, total, grade, drafted_by, "
        u"row_version, created_at, updated_at, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
        {m_database.stationId(), sheet.schemeId, toKey(sheet.subjectKind), sheet.subjectId,
         sheet.period, sheet.baseScore, sheet.thresholds.excellentMin, sheet.thresholds.goodMin,
         sheet.thresholds.passMin, sheet.total, toKey(sheet.grade), actor, nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    SD_RETURN_IF_ERROR(writeEntries(id.value().toLongLong(), sheet.entries));
    return this->sheet(id.value().toLongLong());
}

Result<ScoreSheet> AssessmentRepository::updateSheet(const ScoreSheet &sheet, qint64 nowMs,
                                                     const QString &actor) const {
    auto query = runSql(
        m_database.connection(),
        u"UPDATE score_sheet SET status = ?, base_score = ?, excellent_min = ?, good_min = ?, "
        u"pass_min = ?, total = ?, grade = ?, submitted_at = ?, approved_at = ?, "
        u"approved_by = ?, content_hash = ?, row_version = row_version + 1, updated_at = ?, "
        u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
        {toKey(sheet.status), sheet.baseScore, sheet.thresholds.excellentMin,
         sheet.thresholds.goodMin, sheet.thresholds.passMin, sheet.total, toKey(sheet.grade),
         nullableMs(sheet.submittedAt), nullableMs(sheet.approvedAt),
         nullableText(sheet.approvedBy), nullableText(sheet.contentHash), nowMs, actor, sheet.id,
         m_database.stationId(), sheet.rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        auto current = this->sheet(sheet.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(Tr::tr("Score sheet %1 %2 for %3")
                                 .arg(current->schemeName, current->period, current->subjectName),
                             current->updatedBy, current->updatedAt);
    }
    SD_RETURN_IF_ERROR(writeEntries(sheet.id, sheet.entries));
    return this->sheet(sheet.id);
}

Status AssessmentRepository::addReview(qint64 sheetId, const SheetReview &review) const {
    auto added = runSql(m_database.connection(),
                        u"INSERT INTO score_sheet_review (station_id, sheet_id, action, comment, "
                        u"actor, at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {m_database.stationId(), sheetId, review.action, review.comment,
                         review.actor, review.atMs});
    SD_RETURN_IF_ERROR(added);
    return {};
}

Result<QList<DeductionFrequency>>
AssessmentRepository::frequentDeductions(std::optional<qint64> schemeId, int limit) const {
    QString sql = u"SELECT c.code, i.code, i.description, COUNT(*), SUM(e.points) "
                  u"FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id "
                  u"JOIN assessment_item i ON i.id = e.item_id "
                  u"JOIN assessment_scheme c ON c.id = s.scheme_id "
                  u"WHERE s.station_id = ? AND s.status = 'approved' AND e.points < 0"_s;
    QVariantList values{m_database.stationId()};
    if (schemeId) {
        sql += u" AND s.scheme_id = ?"_s;
        values << *schemeId;
    }
    sql += u" GROUP BY c.code, i.code, i.description ORDER BY COUNT(*) DESC, SUM(e.points), "_s +
           m_database.dialect().textOrder(u"i.code"_s) + u" LIMIT ?"_s;
    values << limit;
    auto query = runSql(m_database.connection(), sql, values);
    SD_RETURN_IF_ERROR(query);
    QList<DeductionFrequency> rows;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        rows << DeductionFrequency{row.value(0).toString(), row.value(1).toString(),
                                   row.value(2).toString(), row.value(3).toInt(),
                                   row.value(4).toInt()};
    }
    return rows;
}

} // namespace sd
