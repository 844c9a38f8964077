#pragma once

#include "core/responsibility/Owner.h"

#include <QComboBox>

namespace sd {

class OwnershipService;

// Chooses an owner: the units first, each shown with its accountable leader, then the
// active people. Typing filters by any part of the text, so a badge number or a name
// finds the owner quickly.
class OwnerPicker : public QComboBox {
    Q_OBJECT

public:
    explicit OwnerPicker(const OwnershipService &service, QWidget *parent = nullptr);

    // Reads the candidates again; keeps the current owner when it is still one.
    void reload();
    void setOwner(const OwnerRef &owner);
    // An invalid ref when nothing (or text matching no owner) is chosen.
    OwnerRef owner() const;

private:
    const OwnershipService &m_service;
};

} // namespace sd
