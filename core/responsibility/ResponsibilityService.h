#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/Asset.h"
#include "core/responsibility/StocktakeReport.h"
#include "core/responsibility/Task.h"

#include <QCoreApplication>

namespace sd {

// The register of assets and tasks. Nothing is saved without an owner who can answer for
// it (an active person, or a unit with an active leader); every change of owner is
// written to the ownership history. Writes need EditOrganisation, except marking a task
// done, which any signed-in role may do. Problems come back by field (tag, name, kind,
// location, owner, acquired_on, next_check_on, title, due_on, starts_on, note, …).
class ResponsibilityService {
    Q_DECLARE_TR_FUNCTIONS(sd::ResponsibilityService)

public:
    using Stocktake = StocktakeResult;

    explicit ResponsibilityService(const ServiceContext &context)
        : m_context(context) {}

    QDate today() const; // in the station's time zone

    Result<QList<AssetRow>> assets(const AssetFilter &filter) const;
    Result<int> countAssets(const AssetFilter &filter) const;
    Result<AssetRow> asset(qint64 id) const;
    Result<std::optional<AssetRow>> assetByTag(const QString &tag) const;
    Result<QList<AssetRow>> rooms() const; // kind Room, for location pickers

    // An empty tag gets the next ZC-NNNNN code.
    Result<AssetRow> addAsset(const Asset &draft) const;
    // reason goes into the ownership history when the owner changes.
    Result<AssetRow> updateAsset(const Asset &edited, const QString &reason = {}) const;

    Result<QList<TaskRow>> tasks(const TaskFilter &filter) const;
    Result<int> countTasks(const TaskFilter &filter) const;
    Result<TaskRow> task(qint64 id) const;
    Result<QList<TaskCompletion>> completions(qint64 taskId) const;
    Result<QStringList> ruleSections() const;

    Result<TaskRow> addTask(const Task &draft) const;
    Result<TaskRow> updateTask(const Task &edited, const QString &reason = {}) const;
    // Logs who did it and when; a recurring task moves to its next occurrence after
    // today (or after the occurrence done, when done early), a one-off closes.
    Result<TaskRow> completeTask(qint64 taskId, qint64 rowVersion, const QString &note) const;

    // Compares the scanned codes with the assets located at locationAssetId (a room) and,
    // when record is true, sets last-checked to today on every scanned asset, in one
    // transaction with one audit row.
    Result<Stocktake> stocktake(qint64 locationAssetId, const QStringList &scannedTags,
                                bool record) const;

    // The printable report of a stocktake of locationAssetId, dated today and signed off
    // by the signed-in user, with the station's name at the top.
    Result<StocktakeReport> stocktakeReport(qint64 locationAssetId, const Stocktake &result,
                                            bool recorded) const;
    // Puts the printing of a stocktake report on record: action is "print", "pdf" or
    // "print_preview"; locationAssetId is the room or area taken stock of.
    Status recordStocktakeOutput(qint64 locationAssetId, const QString &action) const;

    // The checks addAsset and updateAsset make on a trimmed asset (tag form and
    // uniqueness, name, lengths, dates, location, owner), for importers that store rows
    // themselves inside their own transaction. Reads only.
    Status validateAsset(const Asset &asset) const;

    // The station's change feed, for lists of what this writes (they refresh on its commits).
    ChangeFeed &changes() const { return m_context.database.changes(); }

private:
    Status validateTask(const Task &task) const;
    Status validateOwner(const OwnerRef &owner) const;

    const ServiceContext m_context;
};

} // namespace sd
