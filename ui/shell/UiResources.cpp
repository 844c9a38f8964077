#include "ui/shell/UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function in the current namespace, so it has to be
// called from the global one. Without it the linker drops the icons of a static library.
static void initStationDeskIcons() {
    Q_INIT_RESOURCE(icons);
}

namespace sd {

void initUiResources() {
    static const bool done = [] {
        initStationDeskIcons();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace sd
