#pragma once

#include "core/assessment/Assessment.h"
#include "ui/widgets/TitledColumns.h"

namespace sd {

// The entries of the score sheet being edited: item, points, reason, evidence and the
// linked record. The editor owns the list; the scheme names each entry's item.
class EntryTableModel : public TitledColumns<QAbstractTableModel> {
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        PointsColumn,
        ReasonColumn,
        EvidenceColumn,
        RecordColumn,
        ColumnCount
    };

    explicit EntryTableModel(QObject *parent = nullptr);

    void setEntries(const AssessmentScheme &scheme, QList<ScoreEntry> entries);
    const QList<ScoreEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    AssessmentScheme m_scheme;
    QList<ScoreEntry> m_entries;
};

} // namespace sd
