#pragma once

#include <QAbstractItemModelTester>
#include <QStringList>
#include <QtGlobal>
#include <memory>

namespace sd::test {

// Runs QAbstractItemModelTester over a model for the guard's lifetime and collects
// every complaint it logs, so a gtest can assert that there were none.
class ModelTesterGuard {
public:
    explicit ModelTesterGuard(QAbstractItemModel *model) {
        m_previous = qInstallMessageHandler(&ModelTesterGuard::handler);
        // Guards may nest: only the first one clears the list and remembers the
        // handler that was there before, so the handler never forwards to itself.
        if (m_previous != &ModelTesterGuard::handler) {
            messages().clear();
            s_forward = m_previous;
        }
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelTesterGuard() {
        m_tester.reset();
        qInstallMessageHandler(m_previous);
    }
    ModelTesterGuard(const ModelTesterGuard &) = delete;
    ModelTesterGuard &operator=(const ModelTesterGuard &) = delete;

    QStringList failures() const { return messages(); }

private:
    static QStringList &messages() {
        static QStringList list;
        return list;
    }
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text) {
        if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 &&
            type != QtDebugMsg) {
            messages() << text;
        }
        if (s_forward) {
            s_forward(type, context, text);
        }
    }

    static inline QtMessageHandler s_forward = nullptr;
    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace sd::test
