# What the shipped executables need from the platform, set where the targets are made (before
# their install() rules, which depend on it): the application id, where the helper executables
# are installed, and for the desktop app its icon, the Windows GUI subsystem and version
# resource, and the macOS bundle. Included from the top-level CMakeLists.txt before the
# subdirectories; packaging/Packaging.cmake (included last) installs the data files and
# configures CPack.
include(GNUInstallDirs)

# One reverse-DNS id for the desktop entry, the AppStream metainfo, the hicolor icon name, the
# Wayland app id (QGuiApplication::setDesktopFileName) and the macOS bundle identifier.
set(BATCHDESK_APP_ID "io.batchdesk.BatchDesk")
set(BATCHDESK_APP_NAME "BatchDesk")
# Oldest macOS the bundle claims to run on (Info.plist's LSMinimumSystemVersion): the deployment
# target it is built for (the release workflow passes 11.0).
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(BATCHDESK_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(BATCHDESK_MACOS_MINIMUM "11.0")
endif()

# batchdesk-cli and niagara-sim go next to batchdesk: the demo workspace looks for niagara-sim
# there (app/gui/demoworkspace.cpp). On macOS that is inside the bundle.
if(APPLE)
    set(BATCHDESK_HELPER_INSTALL_DIR "${BATCHDESK_APP_NAME}.app/Contents/MacOS")
else()
    set(BATCHDESK_HELPER_INSTALL_DIR "${CMAKE_INSTALL_BINDIR}")
endif()

# Per platform, the desktop app executable's own icon and kind (the window icon is compiled in
# from resources/resources.qrc by app/CMakeLists.txt). Called from app/CMakeLists.txt right
# after add_executable(batchdesk …), before its install() rule.
function(batchdesk_desktop_app target)
    set(icons "${PROJECT_SOURCE_DIR}/resources/icons")
    if(WIN32)
        # No console window; the .rc gives the .exe its icon and version information.
        set(BATCHDESK_ICON_ICO "${icons}/batchdesk.ico")
        configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/batchdesk.rc.in"
                       "${CMAKE_CURRENT_BINARY_DIR}/batchdesk.rc" @ONLY)
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/batchdesk.rc")
        set_target_properties(${target} PROPERTIES WIN32_EXECUTABLE ON)
    elseif(APPLE)
        # BatchDesk.app: Contents/MacOS/BatchDesk, the .icns in Contents/Resources, and the
        # Info.plist made from packaging/macos/Info.plist.in.
        set_source_files_properties("${icons}/batchdesk.icns" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(${target} PRIVATE "${icons}/batchdesk.icns")
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE ON
            OUTPUT_NAME "${BATCHDESK_APP_NAME}"
            MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
            MACOSX_BUNDLE_BUNDLE_NAME "${BATCHDESK_APP_NAME}"
            MACOSX_BUNDLE_EXECUTABLE_NAME "${BATCHDESK_APP_NAME}"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${BATCHDESK_APP_ID}"
            MACOSX_BUNDLE_ICON_FILE "batchdesk.icns"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}")
    endif()
endfunction()
