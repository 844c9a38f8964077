# Compiler settings shared by every StationDesk target. Each target calls
# sd_apply_project_options() so the warning set and the Qt API restrictions
# are the same everywhere and cannot drift per folder.
add_library(sd_project_options INTERFACE)
target_compile_options(sd_project_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(SD_WARNINGS_AS_ERRORS)
  target_compile_options(sd_project_options INTERFACE -Werror)
endif()
target_compile_definitions(sd_project_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(SD_SANITIZE)
  target_compile_options(sd_project_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(sd_project_options INTERFACE -fsanitize=address,undefined)
endif()

find_program(SD_CCACHE ccache)
if(SD_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${SD_CCACHE})
endif()
