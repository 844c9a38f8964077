#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace sd {

// Notices when nobody has touched the keyboard or mouse anywhere in the application
// for a while, so the shell can lock the desk of an officer who walked away.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdleWatcher() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Tests use seconds instead of the station's minutes.
    void setTimeout(std::chrono::milliseconds timeout);
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    // Input only restarts this clock; re-arming a timer on every mouse move would cost
    // more than the event itself.
    QElapsedTimer m_sinceInput;
};

} // namespace sd
