# Generated from ui/dialogs/handover_export.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_export.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HandoverExportDialog(object):
    def setupUi(self, handover_export_dialog):
        if not handover_export_dialog.objectName():
            handover_export_dialog.setObjectName(u"handover_export_dialog")
        handover_export_dialog.resize(560, 360)
        handover_export_dialog.setStyleSheet(u"#error_label { color: #b00020; }\n"
"#intro_label, #strength_label, #note_label { color: #4a5a6a; }\n"
"#result_label { background-color: #eef6ee; border: 1px solid #9cc79c; padding: 8px; }")
        self.dialog_layout = QVBoxLayout(handover_export_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(handover_export_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.recipient_label = QLabel(handover_export_dialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_edit = QLineEdit(handover_export_dialog)
        self.recipient_edit.setObjectName(u"recipient_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.purpose_label = QLabel(handover_export_dialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(handover_export_dialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.file_label = QLabel(handover_export_dialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setSpacing(6)
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(handover_export_dialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(handover_export_dialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.passphrase_label = QLabel(handover_export_dialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(handover_export_dialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_label = QLabel(handover_export_dialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(handover_export_dialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_title_label = QLabel(handover_export_dialog)
        self.strength_title_label.setObjectName(u"strength_title_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.strength_title_label)

        self.strength_label = QLabel(handover_export_dialog)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setTextFormat(Qt.TextFormat.PlainText)
        self.strength_label.setText(u"")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.strength_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.note_label = QLabel(handover_export_dialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.error_label = QLabel(handover_export_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.result_label = QLabel(handover_export_dialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.result_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(handover_export_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(handover_export_dialog)
        self.button_box.accepted.connect(handover_export_dialog.accept)
        self.button_box.rejected.connect(handover_export_dialog.reject)

        QMetaObject.connectSlotsByName(handover_export_dialog)
    # setupUi

    def retranslateUi(self, handover_export_dialog):
        handover_export_dialog.setWindowTitle(QCoreApplication.translate("HandoverExportDialog", u"Hand over case", None))
        self.recipient_label.setText(QCoreApplication.translate("HandoverExportDialog", u"&Recipient", None))
#if QT_CONFIG(accessibility)
        self.recipient_edit.setAccessibleName(QCoreApplication.translate("HandoverExportDialog", u"Recipient", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_edit.setPlaceholderText(QCoreApplication.translate("HandoverExportDialog", u"Name, rank and number of the receiving officer", None))
        self.purpose_label.setText(QCoreApplication.translate("HandoverExportDialog", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("HandoverExportDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("HandoverExportDialog", u"Why the case is handed over", None))
        self.file_label.setText(QCoreApplication.translate("HandoverExportDialog", u"&Save to", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("HandoverExportDialog", u"Handover file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("HandoverExportDialog", u"Choose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("HandoverExportDialog", u"Handover &passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("HandoverExportDialog", u"Handover passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("HandoverExportDialog", u"A new passphrase for this file only", None))
        self.confirm_label.setText(QCoreApplication.translate("HandoverExportDialog", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("HandoverExportDialog", u"Handover passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strength_title_label.setText("")
        self.note_label.setText(QCoreApplication.translate("HandoverExportDialog", u"Give the passphrase to the recipient separately (by phone or in person), never with the file. The handover is recorded in the audit trail with the recipient, the purpose and the file's SHA-256.", None))
    # retranslateUi

