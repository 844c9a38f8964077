#pragma once

#include "core/frontdesk/AlertImporter.h"

#include <QCoreApplication>
#include <functional>

class QProgressDialog;
class QWidget;

namespace sd {

class Prompter;

// Runs an alert import the way the command line does, with a progress dialog whose Cancel
// leaves nothing imported, and reports the outcome (the same LINE:COLUMN list) through the
// prompter. Returns true when alerts were stored.
class AlertImportFlow {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertImportFlow)

public:
    using Importer = std::function<Result<AlertImportReport>(
        const QString &, const AlertImportOptions &, const std::function<bool(qint64, qint64)> &)>;

    AlertImportFlow(Importer importer, Prompter &prompter)
        : m_importer(std::move(importer))
        , m_prompter(prompter) {}

    // Asks for the file, then imports it.
    bool chooseAndImport(QWidget *parent);
    bool importFile(QWidget *parent, const QString &path);

    // Tests: called with the progress dialog before each progress step; may cancel it.
    std::function<void(QProgressDialog &)> onProgress;

private:
    Importer m_importer;
    Prompter &m_prompter;
};

} // namespace sd
