#include "ui/shell/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AboutDialog::AboutDialog(const QString &databaseName, int schemaVersion, QWidget *parent)
    : QDialog(parent) {
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About StationDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/stationdesk.svg"_s).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    top->addWidget(logo);

    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(u"<h2>%1</h2><p>%2</p><p>%3<br>%4<br>%5<br>%6</p>"_s.arg(
        tr("StationDesk"),
        tr("Records, responsibilities and duty for a neighbourhood police station."),
        tr("Version %1").arg(QStringLiteral(SD_VERSION)),
        tr("Database: %1").arg(databaseName.toHtmlEscaped()),
        tr("Schema version %1").arg(schemaVersion),
        tr("Built with Qt %1").arg(QString::fromLatin1(qVersion()))));
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace sd
