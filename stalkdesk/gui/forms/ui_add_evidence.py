# Generated from ui/evidence/add_evidence.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_evidence.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AddEvidenceDialog(object):
    def setupUi(self, add_evidence_dialog):
        if not add_evidence_dialog.objectName():
            add_evidence_dialog.setObjectName(u"add_evidence_dialog")
        add_evidence_dialog.resize(560, 420)
        add_evidence_dialog.setStyleSheet(u"#error_label { color: #b00020; }\n"
"#intro_label { color: #4a5a6a; }\n"
"#reference_message_label[problem=\"true\"] { color: #b00020; }\n"
"#reference_message_label[problem=\"false\"] { color: #2e6b3a; }")
        self.dialog_layout = QVBoxLayout(add_evidence_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(add_evidence_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.file_label = QLabel(add_evidence_dialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(add_evidence_dialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(add_evidence_dialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.reference_label = QLabel(add_evidence_dialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_layout = QHBoxLayout()
        self.reference_layout.setSpacing(10)
        self.reference_layout.setObjectName(u"reference_layout")
        self.reference_edit = QLineEdit(add_evidence_dialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaximumSize(QSize(140, 16777215))

        self.reference_layout.addWidget(self.reference_edit)

        self.reference_message_label = QLabel(add_evidence_dialog)
        self.reference_message_label.setObjectName(u"reference_message_label")
        self.reference_message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reference_message_label.setText(u"")
        self.reference_message_label.setWordWrap(True)

        self.reference_layout.addWidget(self.reference_message_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reference_layout)

        self.description_label = QLabel(add_evidence_dialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(add_evidence_dialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 64))
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.kind_label = QLabel(add_evidence_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(add_evidence_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.producer_label = QLabel(add_evidence_dialog)
        self.producer_label.setObjectName(u"producer_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.producer_label)

        self.producer_edit = QLineEdit(add_evidence_dialog)
        self.producer_edit.setObjectName(u"producer_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.producer_edit)

        self.seized_label = QLabel(add_evidence_dialog)
        self.seized_label.setObjectName(u"seized_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.seized_label)

        self.seized_layout = QHBoxLayout()
        self.seized_layout.setObjectName(u"seized_layout")
        self.seized_check = QCheckBox(add_evidence_dialog)
        self.seized_check.setObjectName(u"seized_check")

        self.seized_layout.addWidget(self.seized_check)

        self.seized_edit = QDateTimeEdit(add_evidence_dialog)
        self.seized_edit.setObjectName(u"seized_edit")
        self.seized_edit.setEnabled(False)
        self.seized_edit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.seized_edit.setCalendarPopup(True)

        self.seized_layout.addWidget(self.seized_edit)

        self.seized_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seized_layout.addItem(self.seized_spacer)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.seized_layout)

        self.where_label = QLabel(add_evidence_dialog)
        self.where_label.setObjectName(u"where_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.where_label)

        self.where_edit = QLineEdit(add_evidence_dialog)
        self.where_edit.setObjectName(u"where_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.where_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(add_evidence_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(add_evidence_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.choose_button)
        self.reference_label.setBuddy(self.reference_edit)
        self.description_label.setBuddy(self.description_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.producer_label.setBuddy(self.producer_edit)
        self.seized_label.setBuddy(self.seized_check)
        self.where_label.setBuddy(self.where_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose_button, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.producer_edit)
        QWidget.setTabOrder(self.producer_edit, self.seized_check)
        QWidget.setTabOrder(self.seized_check, self.seized_edit)
        QWidget.setTabOrder(self.seized_edit, self.where_edit)

        self.retranslateUi(add_evidence_dialog)
        self.button_box.accepted.connect(add_evidence_dialog.accept)
        self.button_box.rejected.connect(add_evidence_dialog.reject)
        self.seized_check.toggled.connect(self.seized_edit.setEnabled)

        QMetaObject.connectSlotsByName(add_evidence_dialog)
    # setupUi

    def retranslateUi(self, add_evidence_dialog):
        add_evidence_dialog.setWindowTitle(QCoreApplication.translate("AddEvidenceDialog", u"Add evidence", None))
        self.intro_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"The file is copied into the encrypted store byte for byte and its SHA-256 is recorded. The file on this computer is not changed.", None))
        self.file_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&File", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("AddEvidenceDialog", u"No file chosen", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("AddEvidenceDialog", u"File", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("AddEvidenceDialog", u"Choose\u2026", None))
        self.reference_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&Reference", None))
#if QT_CONFIG(tooltip)
        self.reference_edit.setToolTip(QCoreApplication.translate("AddEvidenceDialog", u"Initials of whoever produced or seized it, \"/\" and a number: JS/1, or JS/1/1 for a sub-exhibit.", None))
#endif // QT_CONFIG(tooltip)
        self.description_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&Description", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("AddEvidenceDialog", u"What it shows, e.g. screenshot of WhatsApp messages from the suspect, 03/03/2024", None))
        self.kind_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&Kind", None))
        self.producer_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&Produced by", None))
        self.producer_edit.setPlaceholderText(QCoreApplication.translate("AddEvidenceDialog", u"Who produced or handed it over, e.g. the victim", None))
        self.seized_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&Seized or received", None))
        self.seized_check.setText(QCoreApplication.translate("AddEvidenceDialog", u"Known:", None))
#if QT_CONFIG(accessibility)
        self.seized_edit.setAccessibleName(QCoreApplication.translate("AddEvidenceDialog", u"Seized or received at", None))
#endif // QT_CONFIG(accessibility)
        self.where_label.setText(QCoreApplication.translate("AddEvidenceDialog", u"&Where", None))
        self.where_edit.setPlaceholderText(QCoreApplication.translate("AddEvidenceDialog", u"e.g. victim's home address, or sent by email to the officer", None))
    # retranslateUi

