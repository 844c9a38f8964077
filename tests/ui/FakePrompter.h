#pragma once

#include "ui/widgets/Prompter.h"

#include <QStringList>

namespace sd::test {

// Answers the questions a page asks without a modal event loop and remembers what
// the user would have been told.
class FakePrompter : public Prompter {
public:
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override {
        confirmations << title + u'\n' + text;
        return confirmAnswer;
    }
    void warn(QWidget *, const QString &title, const QString &text) override {
        warnings << title + u'\n' + text;
    }
    void inform(QWidget *, const QString &title, const QString &text) override {
        informations << title + u'\n' + text;
    }
    std::optional<QDate> askDate(QWidget *, const QString &title, const QString &, const QString &,
                                 const QDate &suggested) override {
        dateQuestions << title;
        suggestedDate = suggested;
        return dateAnswer;
    }
    std::optional<QString> askText(QWidget *, const QString &title, const QString &) override {
        textQuestions << title;
        return textAnswer;
    }

    std::optional<int> askChoice(QWidget *, const QString &title, const QString &label,
                                 const QStringList &items, int) override {
        choiceQuestions << title;
        choiceLabels << label;
        choiceItems = items;
        return choiceAnswer;
    }

    bool confirmAnswer = true;
    std::optional<int> choiceAnswer;
    QStringList choiceQuestions;
    QStringList choiceLabels;
    QStringList choiceItems;
    std::optional<QDate> dateAnswer;
    std::optional<QString> textAnswer;

    QStringList confirmations;
    QStringList warnings;
    QStringList informations;
    QStringList dateQuestions;
    QStringList textQuestions;
    QDate suggestedDate;
};

} // namespace sd::test
