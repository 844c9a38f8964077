#include "ui/assessment/ReviewPanel.h"

#include "ui/assessment/ItemNames.h"
#include "ui/assessment/ReturnCommentDialog.h"
#include "ui/assessment/SheetEditorDialog.h"
#include "ui/assessment/SheetTableModel.h"
#include "ui/widgets/PanelWidgets.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

ReviewPanel::ReviewPanel(const AssessmentService &service, const OrganisationService &organisation,
                         Prompter &prompter, bool canApprove, bool canDraft, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_organisation(organisation)
    , m_prompter(prompter)
    , m_canApprove(canApprove)
    , m_canDraft(canDraft)
    , m_heading(new QLabel(this))
    , m_model(new SheetTableModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_return(new QPushButton(tr("&Return with comment…"), this))
    , m_submit(new QPushButton(tr("&Submit for review"), this))
    , m_new(new QPushButton(tr("&New sheet…"), this))
    , m_open(new QPushButton(tr("&Open sheet…"), this)) {
    setObjectName(u"reviewPanel"_s);
    m_heading->setObjectName(u"reviewHeading"_s);
    m_view->setObjectName(u"reviewTable"_s);
    m_detail->setObjectName(u"sheetDetail"_s);
    m_approve->setObjectName(u"approveButton"_s);
    m_return->setObjectName(u"returnButton"_s);
    m_submit->setObjectName(u"submitButton"_s);
    m_new->setObjectName(u"newSheetButton"_s);
    m_open->setObjectName(u"openSheetButton"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_approve->setVisible(m_canApprove);
    m_return->setVisible(m_canApprove);
    m_submit->setVisible(m_canDraft);
    m_new->setVisible(m_canDraft);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPanel::showSelected);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPanel::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &ReviewPanel::returnSelected);
    connect(m_submit, &QPushButton::clicked, this, &ReviewPanel::submitSelected);
    connect(m_new, &QPushButton::clicked, this, &ReviewPanel::newSheet);
    connect(m_open, &QPushButton::clicked, this, &ReviewPanel::openSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ReviewPanel::openSelected);
    reload();
}

void ReviewPanel::reload() {
    QList<ScoreSheet> sheets;
    if (m_canApprove) {
        auto inbox = m_service.reviewInbox();
        if (inbox) {
            sheets = inbox.value();
        }
        m_heading->setText(
            tr("%n sheet(s) waiting for your review", nullptr, static_cast<int>(sheets.size())));
    } else if (m_canDraft) {
        SheetFilter drafts;
        drafts.status = SheetStatus::Draft;
        auto open = m_service.sheets(drafts);
        if (open) {
            sheets = open.value();
        }
        m_heading->setText(
            tr("%n draft(s) to complete and submit", nullptr, static_cast<int>(sheets.size())));
    } else {
        m_heading->setText(tr("Only squad leaders, administrators, the instructor and the chief "
                              "work on score sheets."));
    }
    m_model->setSheets(sheets);
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
    showSelected();
}

const ScoreSheet *ReviewPanel::selected() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->sheetAt(current.row()) : nullptr;
}

QString ReviewPanel::detailText() const {
    return m_detail->toPlainText();
}

QString ReviewPanel::sheetHtml(const ScoreSheet &sheet, const AssessmentScheme &scheme) {
    QString html = u"<h3>%1 · %2 · %3</h3>"_s.arg(sheet.schemeName.toHtmlEscaped(), sheet.period,
                                                  sheet.subjectName.toHtmlEscaped());
    html += u"<p>"_s +
            tr("Base %1, total <b>%2</b>, grade <b>%3</b> · %4")
                .arg(sheet.baseScore)
                .arg(sheet.total)
                .arg(displayName(sheet.grade), displayName(sheet.status)) +
            u"</p>"_s;
    html += u"<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th>"
            u"<th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(tr("Item"), tr("Points"), tr("Reason"),
                                                            tr("Evidence"), tr("Record"));
    for (const ScoreEntry &entry : sheet.entries) {
        html += u"<tr><td>%1</td><td align='right'>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s
                    .arg(ItemNames::of(scheme, entry.itemId, entry.itemCode).toHtmlEscaped())
                    .arg(entry.points)
                    .arg(entry.reason.toHtmlEscaped(), entry.evidence.toHtmlEscaped(),
                         entry.recordKind ? displayName(*entry.recordKind) + u' ' +
                                                entry.recordNumber.toHtmlEscaped()
                                          : QString());
    }
    if (sheet.entries.isEmpty()) {
        html += u"<tr><td colspan='5'>%1</td></tr>"_s.arg(tr("No deductions or bonuses."));
    }
    html += u"</table>"_s;
    html += u"<p>"_s + tr("Drafted by %1").arg(sheet.draftedBy.toHtmlEscaped()) + u"</p>"_s;
    if (!sheet.reviews.isEmpty()) {
        html += u"<ul>"_s;
        for (const SheetReview &review : sheet.reviews) {
            const QString when = QDateTime::fromMSecsSinceEpoch(review.atMs)
                                     .toLocalTime()
                                     .toString(u"yyyy-MM-dd HH:mm"_s);
            QString what;
            if (review.action == u"submit"_s) {
                what = tr("submitted by %1").arg(review.actor);
            } else if (review.action == u"approve"_s) {
                what = tr("approved and sealed by %1").arg(review.actor);
            } else {
                what = tr("returned by %1: %2").arg(review.actor, review.comment);
            }
            // A comment keeps the lines the reviewer wrote it in.
            html += u"<li>%1 %2</li>"_s.arg(when, what.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        }
        html += u"</ul>"_s;
    }
    if (!sheet.contentHash.isEmpty()) {
        html += u"<p><small>SHA-256 %1</small></p>"_s.arg(sheet.contentHash);
    }
    return html;
}

void ReviewPanel::showSelected() {
    const ScoreSheet *summary = selected();
    m_approve->setEnabled(summary && summary->status == SheetStatus::Submitted);
    m_return->setEnabled(summary && summary->status == SheetStatus::Submitted);
    m_submit->setEnabled(summary && summary->status == SheetStatus::Draft);
    m_open->setEnabled(summary != nullptr);
    if (!summary) {
        m_detail->clear();
        return;
    }
    auto sheet = m_service.sheet(summary->id);
    if (!sheet) {
        m_detail->setHtml(sheet.error().message.toHtmlEscaped());
        return;
    }
    auto scheme = m_service.scheme(sheet->schemeId);
    m_detail->setHtml(sheetHtml(sheet.value(), scheme ? scheme.value() : AssessmentScheme{}));
}

SheetEditorDialog *ReviewPanel::newSheet() {
    if (!m_canDraft) {
        return nullptr;
    }
    ScoreSheet blank;
    // The scheme of the sheet in view, so a run of sheets under one scheme is quick.
    if (const ScoreSheet *current = selected()) {
        blank.schemeId = current->schemeId;
    }
    return openEditor(blank);
}

SheetEditorDialog *ReviewPanel::openSelected() {
    const ScoreSheet *summary = selected();
    if (!summary) {
        return nullptr;
    }
    auto sheet = m_service.sheet(summary->id);
    if (!sheet) {
        report(sheet.error());
        return nullptr;
    }
    return openEditor(sheet.value());
}

SheetEditorDialog *ReviewPanel::openEditor(const ScoreSheet &sheet) {
    auto *dialog =
        new SheetEditorDialog(m_service, m_organisation, m_prompter, sheet, m_canDraft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SheetEditorDialog::saved, this, [this](const ScoreSheet &saved) {
        reload();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->sheetAt(row)->id == saved.id) {
                m_view->selectRow(row);
            }
        }
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void ReviewPanel::report(const Error &error) {
    m_prompter.warn(this, tr("Score sheet not changed"), error.message);
    reload();
}

void ReviewPanel::approveSelected() {
    const ScoreSheet *sheet = selected();
    if (!sheet) {
        return;
    }
    if (!m_prompter.confirm(this, tr("Approve score sheet"),
                            tr("Approve %1 for %2, %3 points? An approved sheet is sealed and "
                               "can no longer be changed.")
                                .arg(sheet->period, sheet->subjectName)
                                .arg(sheet->total),
                            tr("Approve"))) {
        return;
    }
    auto approved = m_service.approveSheet(sheet->id, sheet->rowVersion);
    if (!approved) {
        report(approved.error());
        return;
    }
    reload();
    Q_EMIT changed();
}

ReturnCommentDialog *ReviewPanel::returnSelected() {
    const ScoreSheet *sheet = selected();
    if (!m_canApprove || !sheet || sheet->status != SheetStatus::Submitted) {
        return nullptr;
    }
    const qint64 id = sheet->id;
    const qint64 rowVersion = sheet->rowVersion;
    auto *dialog = new ReturnCommentDialog(
        AssessmentService::shownId(*sheet), sheet->draftedBy,
        [this, id, rowVersion](const QString &comment) -> Status {
            auto returned = m_service.returnSheet(id, rowVersion, comment);
            if (!returned) {
                return returned.error();
            }
            return {};
        },
        &m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void ReviewPanel::submitSelected() {
    const ScoreSheet *sheet = selected();
    if (!sheet) {
        return;
    }
    auto submitted = m_service.submitSheet(sheet->id, sheet->rowVersion);
    if (!submitted) {
        report(submitted.error());
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace sd
