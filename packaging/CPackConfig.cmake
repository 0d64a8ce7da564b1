set(CPACK_PACKAGE_NAME "mrcnn-inspector")
set(CPACK_PACKAGE_VENDOR "Mask R-CNN Inspector")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inspect how a Mask R-CNN model reaches its answer")
set(CPACK_PACKAGE_DESCRIPTION
    "Opens Mask R-CNN models trained with matterport's Keras implementation (.h5 weights and \
their config) and shows, stage by stage, how they reach their answer; the mrcnn command runs, \
dumps, evaluates and trains them.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# The programs only (bin/, share/): no build-tree files; stripped as Debian ships them.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Mask R-CNN Inspector developers")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Depends from the programs' shared libraries, and what they load at run time: OpenBLAS
# (LibTorch) and Qt's platform plugins (the window); CJK fonts for the Chinese interface.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread")
if(MRCNN_BUILD_GUI)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
endif()
include(CPack)
