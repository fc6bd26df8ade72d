# Generated from ui/dialogs/unlock.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)
from . import rc_stalkdesk

class Ui_UnlockDialog(object):
    def setupUi(self, unlock_dialog):
        if not unlock_dialog.objectName():
            unlock_dialog.setObjectName(u"unlock_dialog")
        unlock_dialog.resize(440, 240)
        icon = QIcon()
        icon.addFile(u":/icons/stalkdesk.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        unlock_dialog.setWindowIcon(icon)
        unlock_dialog.setStyleSheet(u"#error_label { color: #b00020; }\n"
"#folder_label { color: #6a7888; }")
        self.dialog_layout = QVBoxLayout(unlock_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.prompt_label = QLabel(unlock_dialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt_label)

        self.passphrase_edit = QLineEdit(unlock_dialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.dialog_layout.addWidget(self.passphrase_edit)

        self.error_label = QLabel(unlock_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.remember_check = QCheckBox(unlock_dialog)
        self.remember_check.setObjectName(u"remember_check")

        self.dialog_layout.addWidget(self.remember_check)

        self.folder_label = QLabel(unlock_dialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setText(u"")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.folder_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(unlock_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(unlock_dialog)
        self.button_box.accepted.connect(unlock_dialog.accept)
        self.button_box.rejected.connect(unlock_dialog.reject)

        QMetaObject.connectSlotsByName(unlock_dialog)
    # setupUi

    def retranslateUi(self, unlock_dialog):
        unlock_dialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock StalkDesk", None))
        self.prompt_label.setText(QCoreApplication.translate("UnlockDialog", u"Enter your passphrase to open the encrypted store.", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
        self.remember_check.setText(QCoreApplication.translate("UnlockDialog", u"Remember on this computer", None))
#if QT_CONFIG(tooltip)
        self.remember_check.setToolTip(QCoreApplication.translate("UnlockDialog", u"Keep the store's key in this computer's credential store, so StalkDesk opens without asking for the passphrase while you are logged in.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

