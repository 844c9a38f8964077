# Writes the golden databases' key: the SHA-256 of the core library (the migrations inside)
# and of the demo library (the demo's builders), so any change to either names new golden
# copies. Run by the build.
file(SHA256 "${SD_CORE_LIBRARY}" _core)
file(SHA256 "${SD_DEMO_LIBRARY}" _demo)
string(SHA256 _key "${_core}${_demo}")
set(_old "")
if(EXISTS "${SD_KEY_FILE}")
  file(READ "${SD_KEY_FILE}" _old)
endif()
if(NOT _old STREQUAL _key)
  file(WRITE "${SD_KEY_FILE}" "${_key}")
endif()
