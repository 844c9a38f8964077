#pragma once

#include "core/organisation/Person.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace sd {

// Chooses several of the station's people (the handling officers of an alert or a
// record): a list with a tick box each, narrowed by typing part of a name or badge number.
// The order of the ticks is kept, so the first officer ticked is listed first.
class OfficerPicker : public QWidget {
    Q_OBJECT
    // The value an edit dialog compares to see whether anything was changed.
    Q_PROPERTY(QList<qint64> selectedIds READ selectedIds NOTIFY selectionChanged USER true)

public:
    explicit OfficerPicker(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    void setSelectedIds(const QList<qint64> &ids);
    QList<qint64> selectedIds() const { return m_selected; }
    QStringList selectedNames() const;
    // Ticks or unticks one person, as a click on the tick box does.
    bool setChecked(qint64 personId, bool checked);
    void setReadOnly(bool readOnly);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void selectionChanged();

private:
    void applyFilter(const QString &text);
    void itemChanged(QListWidgetItem *item);
    void updateChecks();

    QLineEdit *m_search;
    QListWidget *m_list;
    QList<qint64> m_selected;
    bool m_updating = false;
};

} // namespace sd
