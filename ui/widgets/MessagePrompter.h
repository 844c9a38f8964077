#pragma once

#include "ui/widgets/Prompter.h"

#include <QCoreApplication>

namespace sd {

// The real Prompter: modal message boxes and small input dialogs.
class MessagePrompter : public Prompter {
    Q_DECLARE_TR_FUNCTIONS(sd::MessagePrompter)

public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptText) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &text,
                                 const QString &acceptText, const QDate &suggested) override;
    std::optional<QString> askText(QWidget *parent, const QString &title,
                                   const QString &label) override;
    std::optional<int> askChoice(QWidget *parent, const QString &title, const QString &label,
                                 const QStringList &items, int current) override;
};

} // namespace sd
