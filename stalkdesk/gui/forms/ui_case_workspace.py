# Generated from ui/cases/case_workspace.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_workspace.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_CaseWorkspace(object):
    def setupUi(self, case_workspace):
        if not case_workspace.objectName():
            case_workspace.setObjectName(u"case_workspace")
        case_workspace.resize(1400, 760)
        case_workspace.setStyleSheet(u"/* The same navy and greys as the case list. */\n"
"#header_widget {\n"
"  background-color: #f6f8fa;\n"
"  border-bottom: 1px solid #dde3ea;\n"
"}\n"
"#title_label { color: #1f2d3d; }\n"
"#details_label { color: #4a5a6a; }\n"
"#back_button {\n"
"  color: #1f3a5f;\n"
"  background: transparent;\n"
"  border: 1px solid transparent;\n"
"  border-radius: 4px;\n"
"  padding: 4px 10px;\n"
"}\n"
"#back_button:hover {\n"
"  background-color: #e3eaf2;\n"
"  border-color: #c3ccd7;\n"
"}\n"
"#tab_widget::pane {\n"
"  border: none;\n"
"  border-top: 1px solid #c3ccd7;\n"
"  background-color: #f6f8fa;\n"
"}\n"
"#tab_widget > QTabBar::tab {\n"
"  color: #4a5a6a;\n"
"  background: transparent;\n"
"  border: none;\n"
"  border-bottom: 3px solid transparent;\n"
"  padding: 8px 18px;\n"
"  margin-left: 4px;\n"
"}\n"
"#tab_widget > QTabBar::tab:selected {\n"
"  color: #1f2d3d;\n"
"  border-bottom-color: #1f3a5f;\n"
"  font-weight: bold;\n"
"}\n"
"#tab_widget > QTabBar::tab:hover:!selected {\n"
"  color: #1f2d3d;\n"
"  border-bo"
                        "ttom-color: #c3ccd7;\n"
"}\n"
"#overview_tab, #chronology_tab, #evidence_tab, #analysis_tab {\n"
"  background-color: #f6f8fa;\n"
"}\n"
"QLabel[role=\"placeholder\"] { color: #4a5a6a; }")
        self.workspace_layout = QVBoxLayout(case_workspace)
        self.workspace_layout.setSpacing(0)
        self.workspace_layout.setObjectName(u"workspace_layout")
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.header_widget = QWidget(case_workspace)
        self.header_widget.setObjectName(u"header_widget")
        self.header_layout = QHBoxLayout(self.header_widget)
        self.header_layout.setSpacing(12)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setContentsMargins(8, 8, 16, 8)
        self.back_button = QPushButton(self.header_widget)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setAutoDefault(False)

        self.header_layout.addWidget(self.back_button)

        self.title_label = QLabel(self.header_widget)
        self.title_label.setObjectName(u"title_label")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.title_label)

        self.details_label = QLabel(self.header_widget)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.details_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)


        self.workspace_layout.addWidget(self.header_widget)

        self.tab_widget = QTabWidget(case_workspace)
        self.tab_widget.setObjectName(u"tab_widget")
        self.tab_widget.setDocumentMode(True)
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_tab_layout = QVBoxLayout(self.overview_tab)
        self.overview_tab_layout.setSpacing(0)
        self.overview_tab_layout.setObjectName(u"overview_tab_layout")
        self.overview_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.overview_tab, "")
        self.chronology_tab = QWidget()
        self.chronology_tab.setObjectName(u"chronology_tab")
        self.chronology_tab_layout = QVBoxLayout(self.chronology_tab)
        self.chronology_tab_layout.setSpacing(0)
        self.chronology_tab_layout.setObjectName(u"chronology_tab_layout")
        self.chronology_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.chronology_tab, "")
        self.evidence_tab = QWidget()
        self.evidence_tab.setObjectName(u"evidence_tab")
        self.evidence_tab_layout = QVBoxLayout(self.evidence_tab)
        self.evidence_tab_layout.setSpacing(0)
        self.evidence_tab_layout.setObjectName(u"evidence_tab_layout")
        self.evidence_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.evidence_tab, "")
        self.analysis_tab = QWidget()
        self.analysis_tab.setObjectName(u"analysis_tab")
        self.analysis_tab_layout = QVBoxLayout(self.analysis_tab)
        self.analysis_tab_layout.setSpacing(0)
        self.analysis_tab_layout.setObjectName(u"analysis_tab_layout")
        self.analysis_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tab_widget.addTab(self.analysis_tab, "")

        self.workspace_layout.addWidget(self.tab_widget)


        self.retranslateUi(case_workspace)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(case_workspace)
    # setupUi

    def retranslateUi(self, case_workspace):
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("CaseWorkspace", u"Close this case and go back to the list of cases (Ctrl+W)", None))
#endif // QT_CONFIG(tooltip)
        self.back_button.setText(QCoreApplication.translate("CaseWorkspace", u"\u2190 All cases", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.overview_tab), QCoreApplication.translate("CaseWorkspace", u"Overview", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.chronology_tab), QCoreApplication.translate("CaseWorkspace", u"Chronology", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.evidence_tab), QCoreApplication.translate("CaseWorkspace", u"Evidence", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.analysis_tab), QCoreApplication.translate("CaseWorkspace", u"Analysis", None))
        pass
    # retranslateUi

