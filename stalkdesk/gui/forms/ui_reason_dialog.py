# Generated from ui/redaction/reason_dialog.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, reason_dialog):
        if not reason_dialog.objectName():
            reason_dialog.setObjectName(u"reason_dialog")
        reason_dialog.resize(460, 170)
        self.dialog_layout = QVBoxLayout(reason_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.question_label = QLabel(reason_dialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.question_label)

        self.reason_form = QFormLayout()
        self.reason_form.setObjectName(u"reason_form")
        self.reason_label = QLabel(reason_dialog)
        self.reason_label.setObjectName(u"reason_label")

        self.reason_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(reason_dialog)
        self.reason_combo.setObjectName(u"reason_combo")
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.reason_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_combo)


        self.dialog_layout.addLayout(self.reason_form)

        self.hint_label = QLabel(reason_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(u"color: #4a5a6a;")

        self.dialog_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(reason_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(reason_dialog)

        QMetaObject.connectSlotsByName(reason_dialog)
    # setupUi

    def retranslateUi(self, reason_dialog):
        reason_dialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Reason", None))
        self.reason_label.setText(QCoreApplication.translate("ReasonDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason_combo.setAccessibleName(QCoreApplication.translate("ReasonDialog", u"Reason for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("ReasonDialog", u"Choose a reason or type your own. It is kept in the redaction log and the audit trail.", None))
    # retranslateUi

