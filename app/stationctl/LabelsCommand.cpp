#include "app/stationctl/LabelsCommand.h"

#include "core/responsibility/LabelSheet.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kPage = 1000;
} // namespace

CommandSpec LabelsCommand::spec() {
    return {
        .name = u"labels"_s,
        .summary = tr("Print owner labels with QR codes for the station's assets (PDF)"),
        .help =
            tr("Usage: stationctl [--database URL] labels --pdf FILE [--kind KIND] [--owner O]\n"
               "\n"
               "Writes A4 sheets of 3 x 8 labels (70 x 37 mm): item name, tag code, owner,\n"
               "accountable leader and a QR code holding the tag code. Retired items are\n"
               "left out.\n"
               "\n"
               "Options:\n"
               "  --pdf FILE      the PDF to write\n"
               "  --kind KIND     only equipment, vehicle, it, room, plant, furniture,\n"
               "                  document or other\n"
               "  --owner O       only items owned by this badge number or unit name\n"),
        .actions =
            {
                {.options = {{u"pdf"_s, u"FILE"_s}, {u"kind"_s, u"KIND"_s}, {u"owner"_s, u"O"_s}},
                 .run = std::bind_front(&LabelsCommand::execute, this)},
            },
    };
}

ExitCode LabelsCommand::execute(Invocation &in) {
    if (in.value(u"pdf"_s).isEmpty()) {
        return fail(Error::usage(tr("stationctl labels needs --pdf FILE")));
    }
    AssetFilter filter;
    if (in.isSet(u"kind"_s)) {
        filter.kind = assetKindFromKey(in.value(u"kind"_s));
        if (!filter.kind) {
            return fail(Error::usage(tr("unknown kind \"%1\"; use equipment, vehicle, it, room, "
                                        "plant, furniture, document or other")
                                         .arg(in.value(u"kind"_s))));
        }
    }
    if (auto refused = refuseUnsafeOutput(in.url(), in.value(u"pdf"_s))) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    if (in.isSet(u"owner"_s)) {
        auto owner = app->ownership().findOwner(in.value(u"owner"_s), u"owner"_s);
        SD_FAIL_IF_ERROR(owner);
        filter.owner = owner->ref;
    }
    QList<LabelSheet::Label> labels;
    filter.limit = kPage;
    for (filter.offset = 0;; filter.offset += kPage) {
        auto assets = app->responsibility().assets(filter);
        SD_FAIL_IF_ERROR(assets);
        for (const AssetRow &row : assets.value()) {
            if (row.asset.status == AssetStatus::Retired) {
                continue;
            }
            const QString owner = row.owner.label();
            const QString accountable = row.owner.accountableName.isEmpty()
                                            ? tr("none — orphaned")
                                            : row.owner.accountableName;
            labels << LabelSheet::Label{row.asset.name, row.asset.tag, owner, accountable};
        }
        if (assets->size() < kPage) {
            break;
        }
    }
    const QString path = in.value(u"pdf"_s);
    SD_FAIL_IF_ERROR(LabelSheet::writePdf(labels, path));
    const int pages =
        static_cast<int>((labels.size() + LabelSheet::kColumns * LabelSheet::kRows - 1) /
                         (LabelSheet::kColumns * LabelSheet::kRows));
    console().out() << tr("Wrote %n label(s) on %1 page(s) to %2.", nullptr,
                          static_cast<int>(labels.size()))
                           .arg(pages)
                           .arg(path)
                    << u'\n';
    return ExitCode::Success;
}

} // namespace sd
