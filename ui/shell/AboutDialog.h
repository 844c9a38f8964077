#pragma once

#include <QDialog>

namespace sd {

// Name, version and what this desk is connected to: the first thing support asks for.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const QString &databaseName, int schemaVersion, QWidget *parent = nullptr);
};

} // namespace sd
