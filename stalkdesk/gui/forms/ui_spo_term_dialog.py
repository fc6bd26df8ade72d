# Generated from ui/analysis/spo_term_dialog.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spo_term_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QLabel, QListView, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SpoTermDialog(object):
    def setupUi(self, spo_term_dialog):
        if not spo_term_dialog.objectName():
            spo_term_dialog.setObjectName(u"spo_term_dialog")
        spo_term_dialog.resize(760, 620)
        self.dialog_layout = QVBoxLayout(spo_term_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(spo_term_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.common_list = QListView(spo_term_dialog)
        self.common_list.setObjectName(u"common_list")
        self.common_list.setAlternatingRowColors(True)
        self.common_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.common_list.setWordWrap(True)
        self.common_list.setSpacing(2)
        self.common_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialog_layout.addWidget(self.common_list)

        self.wording_label = QLabel(spo_term_dialog)
        self.wording_label.setObjectName(u"wording_label")

        self.dialog_layout.addWidget(self.wording_label)

        self.wording_edit = QPlainTextEdit(spo_term_dialog)
        self.wording_edit.setObjectName(u"wording_edit")
        self.wording_edit.setTabChangesFocus(True)
        self.wording_edit.setMinimumSize(QSize(0, 110))

        self.dialog_layout.addWidget(self.wording_edit)

        self.note_label = QLabel(spo_term_dialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.note_label)

        self.message_label = QLabel(spo_term_dialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(spo_term_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.wording_label.setBuddy(self.wording_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(spo_term_dialog)

        QMetaObject.connectSlotsByName(spo_term_dialog)
    # setupUi

    def retranslateUi(self, spo_term_dialog):
        spo_term_dialog.setWindowTitle(QCoreApplication.translate("SpoTermDialog", u"Add a term", None))
        self.intro_label.setProperty(u"role", QCoreApplication.translate("SpoTermDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.common_list.setAccessibleName(QCoreApplication.translate("SpoTermDialog", u"Common terms", None))
#endif // QT_CONFIG(accessibility)
        self.wording_label.setText(QCoreApplication.translate("SpoTermDialog", u"&Wording (as it will be printed; replace anything in [square brackets])", None))
#if QT_CONFIG(accessibility)
        self.wording_edit.setAccessibleName(QCoreApplication.translate("SpoTermDialog", u"Wording", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setProperty(u"role", QCoreApplication.translate("SpoTermDialog", u"hint", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("SpoTermDialog", u"error", None))
    # retranslateUi

