#pragma once

#include "core/assessment/Assessment.h"

#include <QComboBox>

namespace sd {

class AssessmentService;

// The assessment schemes to choose from, each shown by its name (the code is the item's
// tooltip), for the panels that show results by scheme.
class SchemeCombo : public QComboBox {
    Q_OBJECT

public:
    explicit SchemeCombo(QWidget *parent = nullptr);

    // Lists the service's schemes anew, the first one current; false (and empty) when they
    // cannot be read.
    bool reload(const AssessmentService &service);
    // The row of the first scheme with that period kind; -1 when there is none.
    int firstOfKind(PeriodKind kind) const;
    // Makes the scheme with that code current; false when it is not listed.
    bool selectCode(const QString &code);

    qint64 schemeId() const { return currentData().toLongLong(); }
    QString code() const { return currentData(kCodeRole).toString(); }

private:
    static constexpr int kPeriodKindRole = Qt::UserRole + 1;
    static constexpr int kCodeRole = Qt::UserRole + 2;
};

} // namespace sd
