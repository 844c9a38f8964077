#pragma once

namespace sd {

// Registers the icons compiled into this static library. Must run before the first
// icon is loaded; calling it again is harmless.
void initUiResources();

} // namespace sd
