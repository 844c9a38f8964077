#include "app/stationctl/OwnersCommand.h"

#include "app/stationctl/TableWriter.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr int kPage = 1000;

QVariant orNull(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDate &date) {
    return date.isValid() ? QVariant(date) : QVariant();
}

QString ownerKey(const OwnerInfo &owner) {
    return owner.ref.isUnit() ? owner.name : owner.badge;
}

} // namespace

CommandSpec OwnersCommand::spec() {
    return {
        .name = u"owners"_s,
        .summary = tr("Check, list and hand over who owns the station's assets and tasks"),
        .help = tr(
            "Usage: stationctl [--database URL] owners check|list|board|transfer [options]\n"
            "\n"
            "Every asset and every open task has one owner: a person (by badge number) or\n"
            "a unit (by name), whose leader is then accountable.\n"
            "\n"
            "  owners check [--format table|csv|json]\n"
            "      Lists orphaned items (owner has left, or the unit has no active leader)\n"
            "      and exits 1 if there are any, 0 if none.\n"
            "  owners list [--owner BADGE|UNIT] [--overdue] [--format table|csv|json]\n"
            "      Lists assets and open tasks with owner, accountable person and due or\n"
            "      next-check date; --overdue keeps only overdue tasks and checks.\n"
            "  owners board [--unit NAME] [--kind KIND] [--format table|csv|json]\n"
            "      Counts by owner: assets, open tasks, overdue tasks, overdue checks;\n"
            "      --unit keeps what the unit and its members own, --kind keeps assets of\n"
            "      one kind (equipment, vehicle, it, room, plant, furniture, document,\n"
            "      other) and leaves tasks out.\n"
            "  owners transfer --from BADGE|UNIT --to BADGE|UNIT --reason TEXT\n"
            "      Hands every asset and open task of one owner to another in one\n"
            "      transaction, recorded in each item's ownership history.\n"
            "\n"
            "CSV and JSON keys: type, code, name, owner, owner_name, accountable_badge,\n"
            "accountable_name, due_on, overdue, problem (check), and owner, owner_name,\n"
            "accountable_name, orphaned, assets, tasks, overdue_tasks, overdue_checks (board).\n"),
        .actions =
            {
                {.name = u"check"_s,
                 .options = {kFormatOption},
                 .run = std::bind_front(&OwnersCommand::check, this)},
                {.name = u"list"_s,
                 .options = {kFormatOption, {u"owner"_s, u"BADGE|UNIT"_s}, {u"overdue"_s, {}}},
                 .run = std::bind_front(&OwnersCommand::list, this)},
                {.name = u"board"_s,
                 .options = {kFormatOption, {u"unit"_s, u"NAME"_s}, {u"kind"_s, u"KIND"_s}},
                 .run = std::bind_front(&OwnersCommand::board, this)},
                {.name = u"transfer"_s,
                 .options = {{u"from"_s, u"BADGE|UNIT"_s},
                             {u"to"_s, u"BADGE|UNIT"_s},
                             {u"reason"_s, u"TEXT"_s}},
                 .run = std::bind_front(&OwnersCommand::transfer, this)},
            },
    };
}

ExitCode OwnersCommand::check(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto orphans = app->ownership().orphans();
    SD_FAIL_IF_ERROR(orphans);
    TableWriter table({
        {u"type"_s, tr("Type")},
        {u"code"_s, tr("Code")},
        {u"name"_s, tr("Item")},
        {u"owner"_s, tr("Owner")},
        {u"owner_name"_s, tr("Owner name")},
        {u"problem"_s, tr("Problem")},
    });
    for (const OwnedItem &item : orphans.value()) {
        const QString problem = item.owner.ref.isUnit() ? tr("unit has no active leader")
                                                        : tr("owner has left the station");
        table.addRow({toKey(item.type), item.code, item.name, ownerKey(item.owner), item.owner.name,
                      problem});
    }
    if (orphans->isEmpty() && in.format() == OutputFormat::Table) {
        console().out() << tr("No orphaned items: everything has an owner who answers for it.")
                        << u'\n';
        return ExitCode::Success;
    }
    console().out() << table.render(in.format());
    if (!orphans->isEmpty()) {
        console().error(tr("%n orphaned item(s): hand them over with stationctl owners transfer "
                           "or give the unit a leader.",
                           nullptr, static_cast<int>(orphans->size())));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

ExitCode OwnersCommand::list(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    AssetFilter assetFilter;
    TaskFilter taskFilter;
    if (in.isSet(u"owner"_s)) {
        auto owner = app->ownership().findOwner(in.value(u"owner"_s), u"owner"_s);
        SD_FAIL_IF_ERROR(owner);
        assetFilter.owner = owner->ref;
        taskFilter.owner = owner->ref;
    }
    assetFilter.overdueOnly = taskFilter.overdueOnly = in.isSet(u"overdue"_s);
    assetFilter.limit = taskFilter.limit = kPage;

    TableWriter table({
        {u"type"_s, tr("Type")},
        {u"code"_s, tr("Code")},
        {u"name"_s, tr("Item")},
        {u"owner"_s, tr("Owner")},
        {u"owner_name"_s, tr("Owner name")},
        {u"accountable_badge"_s, tr("Accountable badge")},
        {u"accountable_name"_s, tr("Accountable")},
        {u"due_on"_s, tr("Due / next check")},
        {u"overdue"_s, tr("Overdue"), Qt::AlignLeft,
         [](const QVariant &value) {
             return value.toBool() ? tr("yes") : QString();
         }},
    });
    auto addOwner = [](QVariantList &row, const OwnerInfo &owner) {
        row << ownerKey(owner) << owner.name << orNull(owner.accountableBadge)
            << orNull(owner.accountableName);
    };
    for (assetFilter.offset = 0;; assetFilter.offset += kPage) {
        auto assets = app->responsibility().assets(assetFilter);
        SD_FAIL_IF_ERROR(assets);
        for (const AssetRow &row : assets.value()) {
            QVariantList values{u"asset"_s, row.asset.tag, row.asset.name};
            addOwner(values, row.owner);
            values << orNull(row.asset.nextCheckOn) << row.checkOverdue;
            table.addRow(values);
        }
        if (assets->size() < kPage) {
            break;
        }
    }
    for (taskFilter.offset = 0;; taskFilter.offset += kPage) {
        auto tasks = app->responsibility().tasks(taskFilter);
        SD_FAIL_IF_ERROR(tasks);
        for (const TaskRow &row : tasks.value()) {
            QVariantList values{u"task"_s, u"T-%1"_s.arg(row.task.id), row.task.title};
            addOwner(values, row.owner);
            values << orNull(row.task.dueOn) << row.overdue;
            table.addRow(values);
        }
        if (tasks->size() < kPage) {
            break;
        }
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode OwnersCommand::board(Invocation &in) {
    BoardFilter filter;
    if (in.isSet(u"kind"_s)) {
        filter.kind = assetKindFromKey(in.value(u"kind"_s));
        if (!filter.kind) {
            QStringList kinds;
            for (const AssetKind kind : allAssetKinds()) {
                kinds << toKey(kind);
            }
            return fail(Error::usage(tr("unknown kind \"%1\"; use one of %2")
                                         .arg(in.value(u"kind"_s), kinds.join(u", "_s))));
        }
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    if (in.isSet(u"unit"_s)) {
        const QString name = in.value(u"unit"_s);
        auto unit = app->ownership().findOwner(name, u"unit"_s);
        if (!unit || !unit->ref.isUnit()) {
            return fail(
                Error::validation(u"unit"_s, tr("there is no unit named \"%1\"").arg(name)));
        }
        filter.unitId = unit->ref.id;
    }
    auto board = app->ownership().board(filter);
    SD_FAIL_IF_ERROR(board);
    TableWriter table({
        {u"owner"_s, tr("Owner")},
        {u"owner_name"_s, tr("Owner name")},
        {u"accountable_name"_s, tr("Accountable")},
        {u"orphaned"_s, tr("Orphaned"), Qt::AlignLeft,
         [](const QVariant &value) {
             return value.toBool() ? tr("ORPHANED") : QString();
         }},
        {u"assets"_s, tr("Assets"), Qt::AlignRight},
        {u"tasks"_s, tr("Open tasks"), Qt::AlignRight},
        {u"overdue_tasks"_s, tr("Overdue tasks"), Qt::AlignRight},
        {u"overdue_checks"_s, tr("Overdue checks"), Qt::AlignRight},
    });
    for (const OwnerLoad &load : board.value()) {
        table.addRow({ownerKey(load.owner), load.owner.name, orNull(load.owner.accountableName),
                      load.owner.orphaned, load.assets, load.tasks, load.overdueTasks,
                      load.overdueChecks});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode OwnersCommand::transfer(Invocation &in) {
    for (const QString &option : {u"from"_s, u"to"_s, u"reason"_s}) {
        if (!in.isSet(option)) {
            return fail(Error::usage(
                tr("stationctl owners transfer needs --%1; see stationctl owners --help")
                    .arg(option)));
        }
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto from = app->ownership().findOwner(in.value(u"from"_s), u"from"_s);
    SD_FAIL_IF_ERROR(from);
    auto to = app->ownership().findOwner(in.value(u"to"_s), u"to"_s);
    SD_FAIL_IF_ERROR(to);
    auto moved = app->ownership().transfer(from->ref, to->ref, in.value(u"reason"_s));
    SD_FAIL_IF_ERROR(moved);
    console().out() << tr("Handed %n item(s) from %1 to %2.", nullptr,
                          static_cast<int>(moved->moved.size()))
                           .arg(moved->from.display(), moved->to.display())
                    << u'\n';
    for (const OwnedItem &item : moved->moved) {
        console().out() << u"  "_s << item.code << u"  "_s << item.name << u'\n';
    }
    return ExitCode::Success;
}

} // namespace sd
