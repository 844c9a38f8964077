#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace sd {

IdleWatcher::IdleWatcher(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    // Application-wide: input in any dialog counts, not only in the main window.
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher() {
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = timeout;
    if (m_timer.isActive()) {
        start();
    }
}

void IdleWatcher::start() {
    m_sinceInput.start();
    m_timer.start(m_timeout);
}

void IdleWatcher::stop() {
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        if (m_timer.isActive()) {
            m_sinceInput.restart();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check() {
    const auto idleFor = std::chrono::milliseconds(m_sinceInput.elapsed());
    if (idleFor < m_timeout) {
        m_timer.start(m_timeout - idleFor);
        return;
    }
    Q_EMIT idle();
}

} // namespace sd
