# Writes the golden databases' key: the SHA-256 of the core library (migrations and demo
# builder inside), so any change to either names new golden copies. Run by the build.
file(SHA256 "${SD_CORE_LIBRARY}" _key)
set(_old "")
if(EXISTS "${SD_KEY_FILE}")
  file(READ "${SD_KEY_FILE}" _old)
endif()
if(NOT _old STREQUAL _key)
  file(WRITE "${SD_KEY_FILE}" "${_key}")
endif()
