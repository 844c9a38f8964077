#pragma once

#include "core/assessment/HonourService.h"

#include <QWidget>

class QListWidget;
class QTreeWidget;

namespace sd {

// The honour wall, year by year (newest first), and the station's history as a
// timeline from its founding.
class HonoursPanel : public QWidget {
    Q_OBJECT

public:
    explicit HonoursPanel(const HonourService &service, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *wall() const { return m_wall; }
    QListWidget *timeline() const { return m_timeline; }

private:
    const HonourService &m_service;
    QTreeWidget *m_wall;
    QListWidget *m_timeline;
};

} // namespace sd
