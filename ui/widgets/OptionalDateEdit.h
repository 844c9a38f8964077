#pragma once

#include <QDateEdit>

namespace sd {

// A date field that may be left empty: QDateEdit always holds a date, so the minimum
// date stands for "not recorded" and is shown as such.
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // An invalid QDate when nothing is recorded.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
};

} // namespace sd
