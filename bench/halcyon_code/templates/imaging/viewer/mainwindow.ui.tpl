<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>MainWindow</class>
 <widget class="QMainWindow" name="MainWindow">
  <property name="geometry"><rect><x>0</x><y>0</y><width>1280</width><height>800</height></rect></property>
  <property name="windowTitle"><string>Gämsblick PACS-Viewer</string></property>
  <widget class="QWidget" name="centralwidget">
   <layout class="QFormLayout" name="formLayout">
    <item row="0" column="0"><widget class="QLabel" name="lblHost"><property name="text"><string>PACS-Server</string></property></widget></item>
    <item row="0" column="1">
     <widget class="QLineEdit" name="edtHost">
      <property name="text"><string>⟦i=pacs01.wien.hkv.local⟧</string></property>
     </widget>
    </item>
    <item row="1" column="1">
     <widget class="QLineEdit" name="edtUser">
      <property name="text"><string>viewer_wien</string></property>
     </widget>
    </item>
    <item row="2" column="1">
     <widget class="QLineEdit" name="edtPassword">
      <property name="echoMode"><enum>QLineEdit::Password</enum></property>
      <property name="text"><string>⟦s$pw_pacs⟧</string></property>
      <property name="placeholderText"><string>⟦n=Passwort eingeben⟧</string></property>
     </widget>
    </item>
    <item row="3" column="1">
     <widget class="QLineEdit" name="edtPatient">
      <property name="placeholderText"><string>z.B. ⟦n=Mustermann^Erika⟧</string></property>
     </widget>
    </item>
   </layout>
  </widget>
  <widget class="QStatusBar" name="statusbar">
   <property name="toolTip"><string>⟦c=Interne Verwendung – Vorabversion Gämsblick 4 (unveröffentlicht)⟧</string></property>
  </widget>
 </widget>
 <resources/>
 <connections/>
</ui>
