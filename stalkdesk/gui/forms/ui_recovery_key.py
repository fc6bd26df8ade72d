# Generated from ui/dialogs/recovery_key.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key.ui'
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
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, recovery_key_dialog):
        if not recovery_key_dialog.objectName():
            recovery_key_dialog.setObjectName(u"recovery_key_dialog")
        recovery_key_dialog.resize(560, 300)
        recovery_key_dialog.setStyleSheet(u"#key_label {\n"
"  background-color: #f6f8fa;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 4px;\n"
"  padding: 12px;\n"
"  color: #1f2d3d;\n"
"}")
        self.dialog_layout = QVBoxLayout(recovery_key_dialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.title_label = QLabel(recovery_key_dialog)
        self.title_label.setObjectName(u"title_label")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.title_label.setFont(font)

        self.dialog_layout.addWidget(self.title_label)

        self.key_label = QLabel(recovery_key_dialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setText(u"")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.key_label)

        self.explanation_label = QLabel(recovery_key_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.recorded_check = QCheckBox(recovery_key_dialog)
        self.recorded_check.setObjectName(u"recorded_check")

        self.dialog_layout.addWidget(self.recorded_check)

        self.button_box = QDialogButtonBox(recovery_key_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(recovery_key_dialog)
        self.button_box.accepted.connect(recovery_key_dialog.accept)

        QMetaObject.connectSlotsByName(recovery_key_dialog)
    # setupUi

    def retranslateUi(self, recovery_key_dialog):
        recovery_key_dialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Your recovery key", None))
        self.title_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Your recovery key", None))
#if QT_CONFIG(accessibility)
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.explanation_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Write this down or print it and keep it apart from the laptop. It is shown only this once. Without it and without your passphrase, the case data cannot be recovered.", None))
        self.recorded_check.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have recorded the recovery key", None))
    # retranslateUi

