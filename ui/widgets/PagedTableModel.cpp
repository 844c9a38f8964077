#include "ui/widgets/PagedTableModel.h"

#include <QApplication>

namespace sd {

PagedModelBase::PagedModelBase(ChangeFeed &feed, QStringList kinds, int columns, QObject *parent)
    : TitledColumns(columns, parent)
    , m_kinds(kinds.begin(), kinds.end()) {
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PagedModelBase::refreshWhenIdle);
    connect(&feed, &ChangeFeed::changed, this, &PagedModelBase::onChanges);
}

void PagedModelBase::onChanges(const QList<Change> &changes) {
    for (const Change &change : changes) {
        if (m_kinds.isEmpty() || m_kinds.contains(change.kind)) {
            // The first change of a burst starts the timer; the rest ride along with it.
            if (!m_refreshTimer.isActive()) {
                m_refreshTimer.start();
            }
            return;
        }
    }
}

void PagedModelBase::refreshWhenIdle() {
    // Not while views are told of another change, and not under a modal dialog: a dialog
    // may be editing a row it was given from this list.
    if (m_notifying || QApplication::activeModalWidget() != nullptr) {
        m_refreshTimer.start();
        return;
    }
    if (refresh()) {
        Q_EMIT refreshed();
    }
}

bool PagedModelBase::applyPendingChanges() {
    if (!m_refreshTimer.isActive() || m_notifying) {
        return false;
    }
    m_refreshTimer.stop();
    if (!refresh()) {
        return false;
    }
    Q_EMIT refreshed();
    return true;
}

void PagedModelBase::reportLater(const QString &message) {
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
}

} // namespace sd
