#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl import alerts|assets FILE.csv [--update] [--skip-invalid REJECTS.csv]
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::ImportCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    // One kind of import (alerts, assets): its importer and the line summing up its report.
    struct Kind;
    static const QList<Kind> &kinds();
    ExitCode importFile(const DatabaseUrl &url, const Kind &kind, const QStringList &arguments);
};

} // namespace sd
