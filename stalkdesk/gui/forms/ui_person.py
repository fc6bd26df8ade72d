# Generated from ui/cases/person.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, person_dialog):
        if not person_dialog.objectName():
            person_dialog.setObjectName(u"person_dialog")
        person_dialog.resize(900, 520)
        person_dialog.setStyleSheet(u"QLabel[role=\"field-error\"], #error_label { color: #b00020; }\n"
"#redaction_note_label {\n"
"  color: #33475b;\n"
"  background-color: #eef2f6;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 4px;\n"
"  padding: 6px 10px;\n"
"}")
        self.dialog_layout = QVBoxLayout(person_dialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 16)
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(24)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_form_layout = QFormLayout()
        self.left_form_layout.setObjectName(u"left_form_layout")
        self.left_form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.left_form_layout.setHorizontalSpacing(12)
        self.left_form_layout.setVerticalSpacing(8)
        self.role_label = QLabel(person_dialog)
        self.role_label.setObjectName(u"role_label")

        self.left_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(person_dialog)
        self.role_combo.setObjectName(u"role_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.role_combo.sizePolicy().hasHeightForWidth())
        self.role_combo.setSizePolicy(sizePolicy)
        self.role_combo.setMinimumSize(QSize(200, 0))

        self.left_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.name_label = QLabel(person_dialog)
        self.name_label.setObjectName(u"name_label")

        self.left_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(person_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.left_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error_label = QLabel(person_dialog)
        self.name_error_label.setObjectName(u"name_error_label")
        self.name_error_label.setWordWrap(True)
        self.name_error_label.setProperty(u"role", u"field-error")

        self.left_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_error_label)

        self.aliases_label = QLabel(person_dialog)
        self.aliases_label.setObjectName(u"aliases_label")

        self.left_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aliases_label)

        self.aliases_edit = QPlainTextEdit(person_dialog)
        self.aliases_edit.setObjectName(u"aliases_edit")
        self.aliases_edit.setMaximumSize(QSize(16777215, 64))
        self.aliases_edit.setTabChangesFocus(True)

        self.left_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aliases_edit)

        self.dob_label = QLabel(person_dialog)
        self.dob_label.setObjectName(u"dob_label")

        self.left_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dob_label)

        self.dob_layout = QHBoxLayout()
        self.dob_layout.setSpacing(8)
        self.dob_layout.setObjectName(u"dob_layout")
        self.dob_known_check = QCheckBox(person_dialog)
        self.dob_known_check.setObjectName(u"dob_known_check")

        self.dob_layout.addWidget(self.dob_known_check)

        self.dob_edit = QDateEdit(person_dialog)
        self.dob_edit.setObjectName(u"dob_edit")
        self.dob_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.dob_edit.setCalendarPopup(True)

        self.dob_layout.addWidget(self.dob_edit)

        self.dob_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dob_layout.addItem(self.dob_spacer)


        self.left_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dob_layout)

        self.relationship_label = QLabel(person_dialog)
        self.relationship_label.setObjectName(u"relationship_label")

        self.left_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relationship_label)

        self.relationship_combo = QComboBox(person_dialog)
        self.relationship_combo.setObjectName(u"relationship_combo")
        sizePolicy.setHeightForWidth(self.relationship_combo.sizePolicy().hasHeightForWidth())
        self.relationship_combo.setSizePolicy(sizePolicy)
        self.relationship_combo.setMinimumSize(QSize(200, 0))

        self.left_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relationship_combo)

        self.notes_label = QLabel(person_dialog)
        self.notes_label.setObjectName(u"notes_label")

        self.left_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(person_dialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 96))
        self.notes_edit.setTabChangesFocus(True)

        self.left_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.left_form_layout)

        self.right_form_layout = QFormLayout()
        self.right_form_layout.setObjectName(u"right_form_layout")
        self.right_form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.right_form_layout.setHorizontalSpacing(12)
        self.right_form_layout.setVerticalSpacing(8)
        self.addresses_label = QLabel(person_dialog)
        self.addresses_label.setObjectName(u"addresses_label")

        self.right_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addresses_label)

        self.addresses_edit = QPlainTextEdit(person_dialog)
        self.addresses_edit.setObjectName(u"addresses_edit")
        self.addresses_edit.setMaximumSize(QSize(16777215, 64))
        self.addresses_edit.setTabChangesFocus(True)

        self.right_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addresses_edit)

        self.phones_label = QLabel(person_dialog)
        self.phones_label.setObjectName(u"phones_label")

        self.right_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phones_label)

        self.phones_edit = QPlainTextEdit(person_dialog)
        self.phones_edit.setObjectName(u"phones_edit")
        self.phones_edit.setMaximumSize(QSize(16777215, 64))
        self.phones_edit.setTabChangesFocus(True)

        self.right_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phones_edit)

        self.phones_error_label = QLabel(person_dialog)
        self.phones_error_label.setObjectName(u"phones_error_label")
        self.phones_error_label.setWordWrap(True)
        self.phones_error_label.setProperty(u"role", u"field-error")

        self.right_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phones_error_label)

        self.emails_label = QLabel(person_dialog)
        self.emails_label.setObjectName(u"emails_label")

        self.right_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emails_label)

        self.emails_edit = QPlainTextEdit(person_dialog)
        self.emails_edit.setObjectName(u"emails_edit")
        self.emails_edit.setMaximumSize(QSize(16777215, 64))
        self.emails_edit.setTabChangesFocus(True)

        self.right_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emails_edit)

        self.emails_error_label = QLabel(person_dialog)
        self.emails_error_label.setObjectName(u"emails_error_label")
        self.emails_error_label.setWordWrap(True)
        self.emails_error_label.setProperty(u"role", u"field-error")

        self.right_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emails_error_label)

        self.handles_label = QLabel(person_dialog)
        self.handles_label.setObjectName(u"handles_label")

        self.right_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.handles_label)

        self.handles_edit = QPlainTextEdit(person_dialog)
        self.handles_edit.setObjectName(u"handles_edit")
        self.handles_edit.setMaximumSize(QSize(16777215, 64))
        self.handles_edit.setTabChangesFocus(True)

        self.right_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handles_edit)

        self.vehicles_label = QLabel(person_dialog)
        self.vehicles_label.setObjectName(u"vehicles_label")

        self.right_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vehicles_label)

        self.vehicles_edit = QPlainTextEdit(person_dialog)
        self.vehicles_edit.setObjectName(u"vehicles_edit")
        self.vehicles_edit.setMaximumSize(QSize(16777215, 64))
        self.vehicles_edit.setTabChangesFocus(True)

        self.right_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vehicles_edit)


        self.columns_layout.addLayout(self.right_form_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.dialog_layout.addLayout(self.columns_layout)

        self.redaction_note_label = QLabel(person_dialog)
        self.redaction_note_label.setObjectName(u"redaction_note_label")
        self.redaction_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.redaction_note_label)

        self.error_label = QLabel(person_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(person_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
        self.name_label.setBuddy(self.name_edit)
        self.aliases_label.setBuddy(self.aliases_edit)
        self.dob_label.setBuddy(self.dob_known_check)
        self.relationship_label.setBuddy(self.relationship_combo)
        self.notes_label.setBuddy(self.notes_edit)
        self.addresses_label.setBuddy(self.addresses_edit)
        self.phones_label.setBuddy(self.phones_edit)
        self.emails_label.setBuddy(self.emails_edit)
        self.handles_label.setBuddy(self.handles_edit)
        self.vehicles_label.setBuddy(self.vehicles_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.aliases_edit)
        QWidget.setTabOrder(self.aliases_edit, self.dob_known_check)
        QWidget.setTabOrder(self.dob_known_check, self.dob_edit)
        QWidget.setTabOrder(self.dob_edit, self.relationship_combo)
        QWidget.setTabOrder(self.relationship_combo, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.addresses_edit)
        QWidget.setTabOrder(self.addresses_edit, self.phones_edit)
        QWidget.setTabOrder(self.phones_edit, self.emails_edit)
        QWidget.setTabOrder(self.emails_edit, self.handles_edit)
        QWidget.setTabOrder(self.handles_edit, self.vehicles_edit)

        self.retranslateUi(person_dialog)
        self.button_box.accepted.connect(person_dialog.accept)
        self.button_box.rejected.connect(person_dialog.reject)

        QMetaObject.connectSlotsByName(person_dialog)
    # setupUi

    def retranslateUi(self, person_dialog):
        person_dialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.role_label.setText(QCoreApplication.translate("PersonDialog", u"&Role", None))
        self.name_label.setText(QCoreApplication.translate("PersonDialog", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Full name, or a description such as 'unknown male'", None))
        self.aliases_label.setText(QCoreApplication.translate("PersonDialog", u"&Also known as", None))
        self.aliases_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One per line", None))
        self.dob_label.setText(QCoreApplication.translate("PersonDialog", u"Date of &birth", None))
        self.dob_known_check.setText(QCoreApplication.translate("PersonDialog", u"Known", None))
#if QT_CONFIG(accessibility)
        self.dob_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.relationship_label.setText(QCoreApplication.translate("PersonDialog", u"Re&lationship to victim", None))
        self.notes_label.setText(QCoreApplication.translate("PersonDialog", u"N&otes", None))
        self.notes_edit.setPlaceholderText("")
        self.addresses_label.setText(QCoreApplication.translate("PersonDialog", u"A&ddresses", None))
        self.addresses_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One per line", None))
        self.phones_label.setText(QCoreApplication.translate("PersonDialog", u"&Phones", None))
        self.phones_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One per line, e.g. 07700 900123", None))
        self.emails_label.setText(QCoreApplication.translate("PersonDialog", u"&Emails", None))
        self.emails_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One per line", None))
        self.handles_label.setText(QCoreApplication.translate("PersonDialog", u"&Social media", None))
        self.handles_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One per line, e.g. instagram:@name", None))
        self.vehicles_label.setText(QCoreApplication.translate("PersonDialog", u"&Vehicles", None))
        self.vehicles_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Registration numbers, one per line", None))
        self.redaction_note_label.setText(QCoreApplication.translate("PersonDialog", u"Addresses, phone numbers, emails, dates of birth and vehicles are redacted in every output for the CPS.", None))
    # retranslateUi

