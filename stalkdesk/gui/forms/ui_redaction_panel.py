# Generated from ui/evidence/redaction_panel.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'redaction_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_RedactionPanel(object):
    def setupUi(self, redaction_panel):
        if not redaction_panel.objectName():
            redaction_panel.setObjectName(u"redaction_panel")
        redaction_panel.resize(420, 640)
        redaction_panel.setStyleSheet(u"/* Matches the viewer's details panel: white, one grey border, the navy accent. */\n"
"#redaction_panel {\n"
"  background-color: #ffffff;\n"
"  border: 1px solid #c3ccd7;\n"
"}\n"
"#title_label {\n"
"  background-color: #eef2f6;\n"
"  color: #33475b;\n"
"  font-weight: bold;\n"
"  padding: 7px 12px;\n"
"  border-bottom: 1px solid #c3ccd7;\n"
"}\n"
"#intro_label, #tool_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#gps_warning_label {\n"
"  background-color: #fff4e0;\n"
"  border: 1px solid #e0a030;\n"
"  color: #5a3a00;\n"
"  padding: 6px;\n"
"}\n"
"#error_label {\n"
"  color: #b00020;\n"
"}\n"
"QToolButton {\n"
"  padding: 3px 9px;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 3px;\n"
"  background-color: #ffffff;\n"
"  color: #1f2d3d;\n"
"}\n"
"QToolButton:checked {\n"
"  background-color: #d6e4f5;\n"
"  border-color: #1f3a5f;\n"
"}\n"
"")
        self.panel_layout = QVBoxLayout(redaction_panel)
        self.panel_layout.setSpacing(0)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(redaction_panel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.panel_layout.addWidget(self.title_label)

        self.body_widget = QWidget(redaction_panel)
        self.body_widget.setObjectName(u"body_widget")
        self.body_layout = QVBoxLayout(self.body_widget)
        self.body_layout.setSpacing(8)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(12, 10, 12, 12)
        self.intro_label = QLabel(self.body_widget)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.body_layout.addWidget(self.intro_label)

        self.gps_warning_label = QLabel(self.body_widget)
        self.gps_warning_label.setObjectName(u"gps_warning_label")
        self.gps_warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gps_warning_label.setWordWrap(True)

        self.body_layout.addWidget(self.gps_warning_label)

        self.tool_layout = QHBoxLayout()
        self.tool_layout.setSpacing(6)
        self.tool_layout.setObjectName(u"tool_layout")
        self.tool_label = QLabel(self.body_widget)
        self.tool_label.setObjectName(u"tool_label")

        self.tool_layout.addWidget(self.tool_label)

        self.rect_tool_button = QToolButton(self.body_widget)
        self.rect_tool_button.setObjectName(u"rect_tool_button")
        self.rect_tool_button.setCheckable(True)
        self.rect_tool_button.setChecked(True)
        self.rect_tool_button.setAutoExclusive(True)

        self.tool_layout.addWidget(self.rect_tool_button)

        self.freehand_tool_button = QToolButton(self.body_widget)
        self.freehand_tool_button.setObjectName(u"freehand_tool_button")
        self.freehand_tool_button.setCheckable(True)
        self.freehand_tool_button.setAutoExclusive(True)

        self.tool_layout.addWidget(self.freehand_tool_button)

        self.tool_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tool_layout.addItem(self.tool_spacer)


        self.body_layout.addLayout(self.tool_layout)

        self.regions_table = QTableView(self.body_widget)
        self.regions_table.setObjectName(u"regions_table")
        self.regions_table.setMinimumSize(QSize(0, 140))
        self.regions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.regions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.regions_table.setAlternatingRowColors(True)
        self.regions_table.verticalHeader().setVisible(False)

        self.body_layout.addWidget(self.regions_table)

        self.region_form = QFormLayout()
        self.region_form.setObjectName(u"region_form")
        self.region_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reason_label = QLabel(self.body_widget)
        self.reason_label.setObjectName(u"reason_label")

        self.region_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(self.body_widget)
        self.reason_combo.setObjectName(u"reason_combo")

        self.region_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.note_label = QLabel(self.body_widget)
        self.note_label.setObjectName(u"note_label")

        self.region_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(self.body_widget)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.region_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.body_layout.addLayout(self.region_form)

        self.region_buttons_layout = QHBoxLayout()
        self.region_buttons_layout.setObjectName(u"region_buttons_layout")
        self.delete_button = QPushButton(self.body_widget)
        self.delete_button.setObjectName(u"delete_button")

        self.region_buttons_layout.addWidget(self.delete_button)

        self.region_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.region_buttons_layout.addItem(self.region_buttons_spacer)


        self.body_layout.addLayout(self.region_buttons_layout)

        self.error_label = QLabel(self.body_widget)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.body_layout.addWidget(self.error_label)

        self.save_buttons_layout = QHBoxLayout()
        self.save_buttons_layout.setObjectName(u"save_buttons_layout")
        self.save_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_buttons_layout.addItem(self.save_buttons_spacer)

        self.cancel_button = QPushButton(self.body_widget)
        self.cancel_button.setObjectName(u"cancel_button")

        self.save_buttons_layout.addWidget(self.cancel_button)

        self.save_button = QPushButton(self.body_widget)
        self.save_button.setObjectName(u"save_button")

        self.save_buttons_layout.addWidget(self.save_button)


        self.body_layout.addLayout(self.save_buttons_layout)


        self.panel_layout.addWidget(self.body_widget)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rect_tool_button, self.freehand_tool_button)
        QWidget.setTabOrder(self.freehand_tool_button, self.regions_table)
        QWidget.setTabOrder(self.regions_table, self.reason_combo)
        QWidget.setTabOrder(self.reason_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.save_button)

        self.retranslateUi(redaction_panel)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(redaction_panel)
    # setupUi

    def retranslateUi(self, redaction_panel):
        self.title_label.setText(QCoreApplication.translate("RedactionPanel", u"Redact", None))
        self.intro_label.setText(QCoreApplication.translate("RedactionPanel", u"Drag over the picture to cover an area with solid black, and give each area a reason. Saving makes a new redacted version from the original, with all metadata removed; the original is never changed.", None))
        self.gps_warning_label.setText(QCoreApplication.translate("RedactionPanel", u"This picture records where it was taken (GPS). The redacted version will not contain the position or any other metadata; the original keeps it.", None))
        self.tool_label.setText(QCoreApplication.translate("RedactionPanel", u"Draw:", None))
        self.rect_tool_button.setText(QCoreApplication.translate("RedactionPanel", u"&Rectangle", None))
#if QT_CONFIG(tooltip)
        self.rect_tool_button.setToolTip(QCoreApplication.translate("RedactionPanel", u"Drag a rectangle over the area to hide", None))
#endif // QT_CONFIG(tooltip)
        self.freehand_tool_button.setText(QCoreApplication.translate("RedactionPanel", u"&Freehand", None))
#if QT_CONFIG(tooltip)
        self.freehand_tool_button.setToolTip(QCoreApplication.translate("RedactionPanel", u"Draw round the area to hide; the outline is closed when you let go", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.regions_table.setAccessibleName(QCoreApplication.translate("RedactionPanel", u"Areas to redact", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("RedactionPanel", u"Rea&son", None))
        self.reason_combo.setPlaceholderText(QCoreApplication.translate("RedactionPanel", u"Choose a reason\u2026", None))
        self.note_label.setText(QCoreApplication.translate("RedactionPanel", u"&Note", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("RedactionPanel", u"Why, when the reason is \u201cOther\u201d", None))
        self.delete_button.setText(QCoreApplication.translate("RedactionPanel", u"&Delete area", None))
        self.cancel_button.setText(QCoreApplication.translate("RedactionPanel", u"Cancel", None))
        self.save_button.setText(QCoreApplication.translate("RedactionPanel", u"Save redacted version", None))
        pass
    # retranslateUi

