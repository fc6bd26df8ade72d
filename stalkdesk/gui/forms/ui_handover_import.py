# Generated from ui/dialogs/handover_import.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_import.ui'
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

class Ui_HandoverImportDialog(object):
    def setupUi(self, handover_import_dialog):
        if not handover_import_dialog.objectName():
            handover_import_dialog.setObjectName(u"handover_import_dialog")
        handover_import_dialog.resize(520, 360)
        handover_import_dialog.setStyleSheet(u"#error_label { color: #b00020; }\n"
"#intro_label, #strength_label, #note_label { color: #4a5a6a; }\n"
"#result_label { background-color: #eef6ee; border: 1px solid #9cc79c; padding: 8px; }")
        self.dialog_layout = QVBoxLayout(handover_import_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(handover_import_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.file_label = QLabel(handover_import_dialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setSpacing(6)
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(handover_import_dialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(handover_import_dialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.passphrase_label = QLabel(handover_import_dialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(handover_import_dialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(handover_import_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(handover_import_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(handover_import_dialog)
        self.button_box.accepted.connect(handover_import_dialog.accept)
        self.button_box.rejected.connect(handover_import_dialog.reject)

        QMetaObject.connectSlotsByName(handover_import_dialog)
    # setupUi

    def retranslateUi(self, handover_import_dialog):
        handover_import_dialog.setWindowTitle(QCoreApplication.translate("HandoverImportDialog", u"Receive case", None))
        self.intro_label.setText(QCoreApplication.translate("HandoverImportDialog", u"Take in a case handed over by a colleague (a .sdcase file). The file is checked in full before anything is added: a wrong passphrase or any changed byte adds nothing.", None))
        self.file_label.setText(QCoreApplication.translate("HandoverImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("HandoverImportDialog", u"Handover file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("HandoverImportDialog", u"Choose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("HandoverImportDialog", u"Handover &passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("HandoverImportDialog", u"Handover passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("HandoverImportDialog", u"As given to you by the sending officer", None))
    # retranslateUi

