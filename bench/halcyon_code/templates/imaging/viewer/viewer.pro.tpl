# PACS-Viewer "Gämsblick" – qmake Projektdatei
QT       += core gui widgets network sql
CONFIG   += c++17
TARGET    = HkvPacsViewer
TEMPLATE  = app
VERSION   = ⟦n=3.2.0.1187⟧

# Lizenzschlüssel DICOM-Toolkit (Merge/Eigenbau) – gehört eigentlich in die CI-Variablen
DEFINES += DCMTK_LICENSE_KEY=\\\"⟦s@upalnum:28⟧\\\"
DEFINES += QT_DEPRECATED_WARNINGS

INCLUDEPATH += ⟦i=//buildshare.kronsteg.corp/sdk/dcmtk-3.6.7/include⟧
LIBS += -L//buildshare.kronsteg.corp/sdk/dcmtk-3.6.7/lib -ldcmdata -ldcmnet -loflog -lofstd

SOURCES += src/main.cpp src/mainwindow.cpp src/pacsclient.cpp
HEADERS += src/mainwindow.h src/pacsclient.h
FORMS   += mainwindow.ui
