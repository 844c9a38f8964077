#include "ui/shell/Language.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kChinese = u"zh_CN"_s;
const QString kEnglish = u"en"_s;
const QString kCjkFamily = u"Noto Sans CJK SC"_s;

// Owned by the application object; kept here only so a second install() can remove them.
QList<QPointer<QTranslator>> &installedTranslators() {
    static QList<QPointer<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList Language::supported() {
    return {kEnglish, kChinese};
}

bool Language::isSupported(const QString &code) {
    return supported().contains(code);
}

QString Language::systemDefault() {
    return QLocale::system().language() == QLocale::Chinese ? kChinese : kEnglish;
}

bool Language::install(const QString &code) {
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
    QLocale::setDefault(QLocale(code == kChinese ? kChinese : u"en_US"_s));
    if (code == kEnglish) {
        return true;
    }
    if (!isSupported(code)) {
        return false;
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(u":/i18n/stationdesk_%1.qm"_s.arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    installedTranslators() << own;
    // Qt's own strings (standard dialogs, context menus) when the system ships them;
    // the buttons StationDesk uses are also in its own translation, so this is a bonus.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedTranslators() << qt;
    } else {
        delete qt;
    }
    return true;
}

void Language::applyFont(const QString &code) {
    QFont font = QApplication::font();
    const QString base = font.family();
    // Latin text keeps the desktop's font in English; Han text falls back to the SC
    // face in both languages, because names and places are Chinese either way.
    font.setFamilies(code == kChinese ? QStringList{kCjkFamily, base}
                                      : QStringList{base, kCjkFamily});
    QApplication::setFont(font);
}

} // namespace sd
