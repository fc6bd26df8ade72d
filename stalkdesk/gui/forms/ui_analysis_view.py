# Generated from ui/analysis/analysis_view.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'analysis_view.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QListView,
    QSizePolicy, QStackedWidget, QWidget)

class Ui_AnalysisView(object):
    def setupUi(self, analysis_view):
        if not analysis_view.objectName():
            analysis_view.setObjectName(u"analysis_view")
        analysis_view.resize(1400, 760)
        analysis_view.setStyleSheet(u"/* The same navy and greys as the other tabs. */\n"
"#section_list {\n"
"  background-color: #eef2f6;\n"
"  border: none;\n"
"  border-right: 1px solid #c3ccd7;\n"
"  outline: 0;\n"
"  padding-top: 8px;\n"
"}\n"
"#section_list::item {\n"
"  color: #33475b;\n"
"  padding: 9px 14px;\n"
"  border-left: 3px solid transparent;\n"
"}\n"
"#section_list::item:selected {\n"
"  color: #1f2d3d;\n"
"  background-color: #ffffff;\n"
"  border-left-color: #1f3a5f;\n"
"  font-weight: bold;\n"
"}\n"
"#section_list::item:hover:!selected { background-color: #e3eaf2; }\n"
"QGroupBox {\n"
"  font-weight: bold;\n"
"  color: #1f2d3d;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 4px;\n"
"  margin-top: 12px;\n"
"  padding: 12px 8px 8px 8px;\n"
"  background-color: #ffffff;\n"
"}\n"
"QGroupBox::title {\n"
"  subcontrol-origin: margin;\n"
"  left: 10px;\n"
"  padding: 0 4px;\n"
"}\n"
"QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QPushButton,\n"
"QGroupBox QPlainTextEdit, QGroupBox Q"
                        "SpinBox, QGroupBox QDoubleSpinBox, QGroupBox QDateEdit {\n"
"  font-weight: normal;\n"
"}\n"
"QTableView, QTreeView {\n"
"  background-color: #ffffff;\n"
"  alternate-background-color: #f6f8fa;\n"
"  border: 1px solid #c3ccd7;\n"
"  selection-background-color: #d6e4f5;\n"
"  selection-color: #1f2d3d;\n"
"  outline: 0;\n"
"}\n"
"QHeaderView::section {\n"
"  background-color: #eef2f6;\n"
"  color: #33475b;\n"
"  border: none;\n"
"  border-bottom: 1px solid #c3ccd7;\n"
"  border-right: 1px solid #dde3ea;\n"
"  padding: 5px 8px;\n"
"  font-weight: bold;\n"
"}\n"
"QLabel[role=\"hint\"] { color: #4a5a6a; }\n"
"QLabel[role=\"error\"] { color: #b00020; }\n"
"QLabel[role=\"heading\"] { color: #1f2d3d; font-size: 13pt; font-weight: bold; }\n"
"QLabel[role=\"banner\"] {\n"
"  color: #1f2d3d;\n"
"  background-color: #fff8e1;\n"
"  border: 1px solid #e8d9a8;\n"
"  border-radius: 4px;\n"
"  padding: 6px 10px;\n"
"}\n"
"QLabel[status=\"proved\"] { color: #ffffff; background-color: #2e7d32; border-radius: 3px; padding: 2px 8p"
                        "x; font-weight: bold; }\n"
"QLabel[status=\"partly\"] { color: #1f2d3d; background-color: #f2c14e; border-radius: 3px; padding: 2px 8px; font-weight: bold; }\n"
"QLabel[status=\"not_yet\"] { color: #ffffff; background-color: #9aa5b1; border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
        self.analysis_layout = QHBoxLayout(analysis_view)
        self.analysis_layout.setSpacing(0)
        self.analysis_layout.setObjectName(u"analysis_layout")
        self.analysis_layout.setContentsMargins(0, 0, 0, 0)
        self.section_list = QListView(analysis_view)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setMinimumSize(QSize(170, 0))
        self.section_list.setMaximumSize(QSize(170, 16777215))
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.analysis_layout.addWidget(self.section_list)

        self.section_stack = QStackedWidget(analysis_view)
        self.section_stack.setObjectName(u"section_stack")

        self.analysis_layout.addWidget(self.section_stack)


        self.retranslateUi(analysis_view)

        QMetaObject.connectSlotsByName(analysis_view)
    # setupUi

    def retranslateUi(self, analysis_view):
        pass
    # retranslateUi

