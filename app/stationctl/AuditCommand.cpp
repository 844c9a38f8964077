#include "app/stationctl/AuditCommand.h"

#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Rows fetched per query, so a long log is never loaded in one go from the database.
constexpr int kPageSize = 1000;

QVariant orNull(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

CommandSpec AuditCommand::spec() {
    return {
        .name = u"audit"_s,
        .summary = tr("Verify the tamper-evident audit log, print its head, list its rows"),
        .help =
            tr("Usage: stationctl [--database URL] audit <subcommand> [options]\n"
               "\n"
               "Subcommands:\n"
               "  verify [--head SEQ:HASH]\n"
               "        checks every row of the log against its hash and its predecessor.\n"
               "        Exit 0 and \"audit log intact: N rows\" when nothing was changed; exit 1\n"
               "        naming the first bad row otherwise. With --head (a value printed\n"
               "        earlier by \"audit head\") it also proves no row was cut off the end.\n"
               "  head\n"
               "        prints the last row as SEQ:HASH. Keep it somewhere the database's\n"
               "        users cannot write (on paper, in another system) and give it to\n"
               "        \"audit verify --head\" later.\n"
               "  list [options]\n"
               "        lists rows in order, oldest first.\n"
               "        --from DATE|DATETIME  rows at or after this time\n"
               "        --to DATE|DATETIME    rows before this time; a date includes that day\n"
               "        --user TEXT           rows whose account contains TEXT\n"
               "        --action ACTION       one action (\"login\"), or all starting with a\n"
               "                              prefix ending in a dot (\"account.\")\n"
               "        --limit N             only the newest N matching rows\n"
               "        --format table|csv|json  CSV and JSON use the keys seq, at,\n"
               "                              workstation, account, role, action,\n"
               "                              object_type, object_id, outcome, details\n"
               "\n"
               "Dates are YYYY-MM-DD, times YYYY-MM-DDTHH:MM[:SS], in local time unless\n"
               "they end in Z or +HH:MM. \"at\" is printed in local time with its offset.\n"),
        .actions =
            {
                {.name = u"verify"_s,
                 .options = {{u"head"_s, u"SEQ:HASH"_s}},
                 .run = std::bind_front(&AuditCommand::verify, this)},
                {.name = u"head"_s, .run = std::bind_front(&AuditCommand::head, this)},
                {.name = u"list"_s,
                 .options = {{u"from"_s, u"DATE|DATETIME"_s},
                             {u"to"_s, u"DATE|DATETIME"_s},
                             {u"user"_s, u"TEXT"_s},
                             {u"action"_s, u"ACTION"_s},
                             {u"limit"_s, u"N"_s},
                             kFormatOption},
                 .run = std::bind_front(&AuditCommand::list, this)},
            },
    };
}

Application *AuditCommand::openForAudit(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return nullptr;
    }
    // Always allowed for the command-line operator, but checked all the same so that
    // the rule lives in one place should stationctl ever run as a logged-in user.
    if (Status allowed = app->access().require(Permission::ViewAuditLog, u"audit_log"_s);
        !allowed) {
        fail(allowed.error());
        return nullptr;
    }
    return app;
}

ExitCode AuditCommand::verify(Invocation &in) {
    std::optional<AuditHead> knownHead;
    if (in.isSet(u"head"_s)) {
        knownHead = AuditHead::parse(in.value(u"head"_s));
        if (!knownHead) {
            return fail(Error::usage(tr("malformed --head \"%1\"; expected SEQ:HASH as printed by "
                                        "stationctl audit head (a row number, a colon and 64 "
                                        "hexadecimal digits)")
                                         .arg(in.value(u"head"_s))));
        }
    }
    auto app = openForAudit(in);
    if (!app) {
        return ExitCode::Failure;
    }
    auto total = app->audit().count(AuditFilter{});
    const qint64 rows = total ? total.value() : 0;
    auto result = app->audit().verify(knownHead, [&](qint64 checked) {
        if (checked % 100000 != 0) {
            return; // the core reports every 10,000 rows; a line per 100,000 is plenty here
        }
        console().err() << tr("checked %1 of %2 rows…").arg(checked).arg(rows) << u'\n';
        console().err().flush();
    });
    SD_FAIL_IF_ERROR(result);
    const AuditVerification &verification = result.value();
    if (!verification.intact) {
        console().error(tr("audit log damaged at row %1: %2")
                            .arg(verification.firstBadSeq)
                            .arg(verification.problem));
        return ExitCode::Failure;
    }
    if (knownHead) {
        console().out() << tr("audit log intact: %1 rows, and row %2 still matches the head "
                              "recorded earlier\n")
                               .arg(verification.rowsChecked)
                               .arg(knownHead->seq);
    } else {
        console().out() << tr("audit log intact: %1 rows\n").arg(verification.rowsChecked);
    }
    return ExitCode::Success;
}

ExitCode AuditCommand::head(Invocation &in) {
    auto app = openForAudit(in);
    if (!app) {
        return ExitCode::Failure;
    }
    auto head = app->audit().head();
    SD_FAIL_IF_ERROR(head);
    if (head->seq == 0) {
        console().error(tr("the audit log is empty: there is no head to record yet"));
        return ExitCode::Failure;
    }
    // Machine-readable on purpose: it is given back to "audit verify --head".
    console().out() << head->toString() << u'\n';
    return ExitCode::Success;
}

ExitCode AuditCommand::list(Invocation &in) {
    AuditFilter filter;
    if (in.isSet(u"from"_s)) {
        auto from = TimeText::parseBound(in.value(u"from"_s), u"--from"_s, TimeText::Bound::From);
        SD_FAIL_IF_ERROR(from);
        filter.fromMs = from.value();
    }
    if (in.isSet(u"to"_s)) {
        auto to = TimeText::parseBound(in.value(u"to"_s), u"--to"_s, TimeText::Bound::To);
        SD_FAIL_IF_ERROR(to);
        filter.toMs = to.value();
    }
    if (filter.fromMs && filter.toMs && *filter.fromMs >= *filter.toMs) {
        return fail(Error::usage(tr("--from must be before --to")));
    }
    filter.account = in.value(u"user"_s).trimmed();
    filter.action = in.value(u"action"_s).trimmed();
    std::optional<int> limit;
    if (in.isSet(u"limit"_s)) {
        bool ok = false;
        const int value = in.value(u"limit"_s).toInt(&ok);
        if (!ok || value <= 0) {
            return fail(Error::usage(tr("invalid value \"%1\" for --limit; use a positive number")
                                         .arg(in.value(u"limit"_s))));
        }
        limit = value;
    }
    auto app = openForAudit(in);
    if (!app) {
        return ExitCode::Failure;
    }

    QList<AuditEntry> entries;
    if (limit) {
        // The newest N, printed oldest first like the rest of the listing.
        filter.limit = *limit;
        filter.newestFirst = true;
        auto page = app->audit().list(filter);
        SD_FAIL_IF_ERROR(page);
        entries = page.value();
        std::reverse(entries.begin(), entries.end());
    } else {
        filter.limit = kPageSize;
        filter.newestFirst = false;
        for (;;) {
            auto page = app->audit().list(filter);
            SD_FAIL_IF_ERROR(page);
            entries << page.value();
            if (page->size() < filter.limit) {
                break;
            }
            filter.offset += filter.limit;
        }
    }

    TableWriter table({
        {u"seq"_s, tr("Seq"), Qt::AlignRight},
        {u"at"_s, tr("Time")},
        {u"workstation"_s, tr("Workstation")},
        {u"account"_s, tr("Account")},
        {u"role"_s, tr("Role")},
        {u"action"_s, tr("Action")},
        {u"object_type"_s, tr("Object")},
        {u"object_id"_s, tr("Object id")},
        {u"outcome"_s, tr("Outcome")},
        {u"details"_s, tr("Details")},
    });
    for (const AuditEntry &entry : entries) {
        table.addRow({entry.seq, TimeText::format(entry.atMs), entry.workstation, entry.account,
                      entry.role, entry.action, orNull(entry.objectType), orNull(entry.objectId),
                      entry.outcome, orNull(entry.details)});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

} // namespace sd
