#include "ui/accounts/AuditPanel.h"

#include "core/Application.h"
#include "ui/accounts/AuditTableModel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/Prompter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QTimeZone stationZone(const Application &app) {
    const QTimeZone zone(app.station().timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}
} // namespace

AuditPanel::AuditPanel(Application &app, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_prompter(prompter)
    , m_model(new AuditTableModel(app.audit(), stationZone(app), this))
    , m_view(new QTableView(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_account(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_verifyButton(new QPushButton(QIcon(u":/icons/shield.svg"_s), tr("&Verify chain"), this))
    , m_verifyResult(new QLabel(this)) {
    setObjectName(u"auditPanel"_s);
    for (OptionalDateEdit *date : {m_from, m_to}) {
        date->setSpecialValueText(tr("any day"));
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_to->setObjectName(u"auditTo"_s);
    m_account->setObjectName(u"auditAccount"_s);
    m_account->setPlaceholderText(tr("name or badge no."));
    m_account->setClearButtonEnabled(true);
    m_account->setMinimumWidth(170);
    m_action->setObjectName(u"auditAction"_s);
    m_action->setPlaceholderText(tr("e.g. login, or person. for all person actions"));
    m_action->setClearButtonEnabled(true);
    m_action->setMinimumWidth(260);
    auto *apply = new QPushButton(QIcon(u":/icons/search.svg"_s), tr("&Show"), this);
    apply->setObjectName(u"auditApply"_s);
    m_count->setObjectName(u"auditCount"_s);
    m_verifyButton->setObjectName(u"verifyChainButton"_s);
    m_verifyButton->setToolTip(tr("Recompute every row's hash and check the chain is unbroken"));
    m_verifyResult->setObjectName(u"verifyResult"_s);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which a million would make slow.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditTableModel::SeqColumn, 80);
    m_view->setColumnWidth(AuditTableModel::TimeColumn, 145);
    m_view->setColumnWidth(AuditTableModel::AccountColumn, 150);
    m_view->setColumnWidth(AuditTableModel::RoleColumn, 165);
    m_view->setColumnWidth(AuditTableModel::ActionColumn, 140);
    m_view->setColumnWidth(AuditTableModel::ObjectColumn, 210);
    m_view->setColumnWidth(AuditTableModel::OutcomeColumn, 70);
    m_view->setColumnWidth(AuditTableModel::DetailsColumn, 240);

    auto *filters = new QHBoxLayout;
    const auto addField = [this, filters](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
    };
    addField(tr("&From:"), m_from);
    addField(tr("&To:"), m_to);
    addField(tr("A&ccount:"), m_account);
    addField(tr("Actio&n:"), m_action);
    filters->addWidget(apply);
    filters->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_verifyResult, 2);
    bottom->addWidget(m_verifyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(apply, &QPushButton::clicked, this, &AuditPanel::applyFilter);
    connect(m_account, &QLineEdit::returnPressed, this, &AuditPanel::applyFilter);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPanel::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPanel::verifyChain);
    connect(m_model, &AuditTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(tr("Entries: %1").arg(QLocale().toString(total)));
    });
    connect(m_model, &AuditTableModel::loadFailed, this, [this](const QString &message) {
        m_prompter.warn(this, tr("Cannot read the audit log"), message);
    });
    setFocusProxy(m_view);
    applyFilter();
}

AuditPanel::~AuditPanel() {
    // The worker reads through the Application; it must be done before anything goes.
    if (m_thread) {
        m_thread->wait();
    }
}

AuditFilter AuditPanel::currentFilter() const {
    AuditFilter filter;
    const QTimeZone zone = stationZone(m_app);
    if (const QDate from = m_from->optionalDate(); from.isValid()) {
        filter.fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    }
    // "To" names the last day wanted, so the range ends at the start of the next one.
    if (const QDate to = m_to->optionalDate(); to.isValid()) {
        filter.toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    }
    filter.account = m_account->text().trimmed();
    filter.action = m_action->text().trimmed();
    return filter;
}

void AuditPanel::applyFilter() {
    m_model->setFilter(currentFilter());
}

void AuditPanel::verifyChain() {
    if (m_thread) {
        return;
    }
    auto total = m_app.audit().count({});
    m_progress = new QProgressDialog(tr("Checking the audit log's hash chain…"), QString(), 0,
                                     int(qMin<qint64>(total ? total.value() : 0, INT_MAX)), this);
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setWindowTitle(tr("Verify chain"));
    m_progress->setCancelButton(nullptr);
    m_progress->setMinimumDuration(0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setValue(0);
    m_progress->open();
    m_verifyButton->setEnabled(false);
    m_verifyResult->clear();
    m_verification.reset();

    // The worker gets its own database connection (Database hands out one per thread).
    const AuditLog &log = m_app.audit();
    m_thread = QThread::create([this, &log] {
        auto result = log.verify(std::nullopt, [this](qint64 rows) {
            QMetaObject::invokeMethod(
                this,
                [this, rows] {
                    if (m_progress) {
                        m_progress->setValue(int(qMin<qint64>(rows, m_progress->maximum())));
                    }
                },
                Qt::QueuedConnection);
        });
        // Read by the GUI thread only after finished(), which orders the two.
        m_verification = std::move(result);
    });
    connect(m_thread, &QThread::finished, this, &AuditPanel::showVerification);
    m_thread->start(QThread::LowPriority);
}

void AuditPanel::showVerification() {
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
    }
    m_verifyButton->setEnabled(true);
    bool intact = false;
    if (!m_verification || !m_verification->ok()) {
        const QString message =
            m_verification ? m_verification->error().message : tr("The check did not finish.");
        m_verifyResult->setStyleSheet(u"color: #c62828;"_s);
        m_verifyResult->setText(tr("Could not check the chain: %1").arg(message));
        m_prompter.warn(this, tr("Verify chain"), m_verifyResult->text());
    } else if (const AuditVerification &result = m_verification->value(); result.intact) {
        intact = true;
        m_verifyResult->setStyleSheet(u"color: #2e7d32;"_s);
        m_verifyResult->setText(
            tr("Chain intact: %1 rows checked.").arg(QLocale().toString(result.rowsChecked)));
    } else {
        m_verifyResult->setStyleSheet(u"color: #c62828;"_s);
        m_verifyResult->setText(tr("Chain broken at row %1: %2")
                                    .arg(QString::number(result.firstBadSeq), result.problem));
        m_prompter.warn(this, tr("The audit log was altered"),
                        tr("%1\n\nRows checked before the problem: %2.")
                            .arg(m_verifyResult->text(), QLocale().toString(result.rowsChecked)));
    }
    Q_EMIT verified(intact);
}

QString AuditPanel::verifyResultText() const {
    return m_verifyResult->text();
}

} // namespace sd
