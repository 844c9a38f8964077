#include "ui/frontdesk/AlertImportFlow.h"

#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace sd {

bool AlertImportFlow::chooseAndImport(QWidget *parent) {
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import alerts"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    return !path.isEmpty() && importFile(parent, path);
}

bool AlertImportFlow::importFile(QWidget *parent, const QString &path) {
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, parent);
    progress.setObjectName(u"alertImportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    auto report = m_importer(path, AlertImportOptions{}, [&](qint64 done, qint64 total) {
        if (onProgress) {
            onProgress(progress);
        }
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report) {
        m_prompter.warn(parent, tr("Import failed"), report.error().message);
        return false;
    }
    if (report->cancelled) {
        // The user's own choice, carried out: nothing went wrong.
        m_prompter.inform(parent, tr("Import cancelled"),
                          tr("The import was cancelled; no alert was imported."));
        return false;
    }
    if (report->nothingImported()) {
        m_prompter.warn(parent, tr("Nothing was imported"),
                        tr("%n row(s) of %1 have problems, so no alert was imported. Correct "
                           "them and import the file again:",
                           nullptr, int(report->problems.total()))
                                .arg(QFileInfo(path).fileName()) +
                            u"\n\n"_s + report->problems.report());
        return false;
    }
    m_prompter.inform(parent, tr("Import finished"),
                      tr("%1 rows read: %2 alerts added, %3 updated.")
                          .arg(QLocale().toString(report->rows),
                               QLocale().toString(report->inserted),
                               QLocale().toString(report->updated)));
    return true;
}

} // namespace sd
