# One INTERFACE target carries the settings every Guichet target shares.
add_library(guichet_settings INTERFACE)
target_compile_features(guichet_settings INTERFACE cxx_std_20)
target_compile_definitions(guichet_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    GUICHET_VERSION="${PROJECT_VERSION}"
    GUICHET_APP_ID="${GUICHET_APP_ID}")
target_compile_options(guichet_settings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
set(CMAKE_CXX_EXTENSIONS OFF)
