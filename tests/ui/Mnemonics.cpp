#include "Mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QTabBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

// The letter after a single "&" (a doubled "&&" is a literal ampersand).
QString mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&') {
            continue;
        }
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

bool shownIn(const QWidget *widget, const QWidget *window) {
    return widget->window() == window && widget->isVisibleTo(const_cast<QWidget *>(window));
}

QHash<QString, QStringList> claimsIn(QWidget *window) {
    QHash<QString, QStringList> claims;
    const auto claim = [&](const QString &text) {
        if (const QString letter = mnemonicOf(text); !letter.isEmpty()) {
            claims[letter] << text;
        }
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!shownIn(widget, window)) {
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            claim(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            claim(label->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            claim(group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                claim(tabs->tabText(i));
            }
        }
    }
    return claims;
}
} // namespace

QString claimedMnemonics(QWidget *window) {
    QStringList letters = claimsIn(window).keys();
    letters.sort();
    return letters.join(QString());
}

QStringList duplicateMnemonics(QWidget *window) {
    const QHash<QString, QStringList> claims = claimsIn(window);
    QStringList duplicates;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1) {
            duplicates << it.key() + u": "_s + it.value().join(u" | "_s);
        }
    }
    duplicates.sort();
    return duplicates;
}

} // namespace sd::test
