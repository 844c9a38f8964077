#pragma once

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <type_traits>

namespace sd {

// A model with a fixed number of columns, each with a title: columnCount() and the horizontal
// header come from columnTitle(), so a model names its columns in one switch. Base is the Qt
// model class it extends; a table has no columns under a valid parent, a tree's rows all have
// the same columns.
template <typename Base> class TitledColumns : public Base {
public:
    int columnCount(const QModelIndex &parent = {}) const override {
        if constexpr (std::is_base_of_v<QAbstractTableModel, Base>) {
            return parent.isValid() ? 0 : m_columns;
        }
        return m_columns;
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return Base::headerData(section, orientation, role);
        }
        if (section < 0 || section >= m_columns) {
            return {};
        }
        return columnTitle(section);
    }

protected:
    TitledColumns(int columns, QObject *parent)
        : Base(parent)
        , m_columns(columns) {}

    virtual QString columnTitle(int column) const = 0;

private:
    int m_columns;
};

} // namespace sd
