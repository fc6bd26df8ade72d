# Generated from ui/analysis/sdash_dialog.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sdash_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SdashDialog(object):
    def setupUi(self, sdash_dialog):
        if not sdash_dialog.objectName():
            sdash_dialog.setObjectName(u"sdash_dialog")
        sdash_dialog.resize(900, 720)
        self.dialog_layout = QVBoxLayout(sdash_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_form = QFormLayout()
        self.header_form.setObjectName(u"header_form")
        self.date_label = QLabel(sdash_dialog)
        self.date_label.setObjectName(u"date_label")

        self.header_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(sdash_dialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.header_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.officer_label = QLabel(sdash_dialog)
        self.officer_label.setObjectName(u"officer_label")

        self.header_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_edit = QLineEdit(sdash_dialog)
        self.officer_edit.setObjectName(u"officer_edit")

        self.header_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officer_edit)


        self.dialog_layout.addLayout(self.header_form)

        self.trigger_label = QLabel(sdash_dialog)
        self.trigger_label.setObjectName(u"trigger_label")
        self.trigger_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.trigger_label)

        self.questions_scroll = QScrollArea(sdash_dialog)
        self.questions_scroll.setObjectName(u"questions_scroll")
        self.questions_scroll.setWidgetResizable(True)
        self.questions_widget = QWidget()
        self.questions_widget.setObjectName(u"questions_widget")
        self.questions_layout = QGridLayout(self.questions_widget)
        self.questions_layout.setObjectName(u"questions_layout")
        self.questions_layout.setHorizontalSpacing(10)
        self.questions_layout.setVerticalSpacing(6)
        self.questions_scroll.setWidget(self.questions_widget)

        self.dialog_layout.addWidget(self.questions_scroll)

        self.yes_count_label = QLabel(sdash_dialog)
        self.yes_count_label.setObjectName(u"yes_count_label")

        self.dialog_layout.addWidget(self.yes_count_label)

        self.note_label = QLabel(sdash_dialog)
        self.note_label.setObjectName(u"note_label")

        self.dialog_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(sdash_dialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 70))
        self.note_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.note_edit)

        self.review_layout = QHBoxLayout()
        self.review_layout.setObjectName(u"review_layout")
        self.review_check = QCheckBox(sdash_dialog)
        self.review_check.setObjectName(u"review_check")

        self.review_layout.addWidget(self.review_check)

        self.review_date_edit = QDateEdit(sdash_dialog)
        self.review_date_edit.setObjectName(u"review_date_edit")
        self.review_date_edit.setCalendarPopup(True)

        self.review_layout.addWidget(self.review_date_edit)

        self.review_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_layout.addItem(self.review_spacer)


        self.dialog_layout.addLayout(self.review_layout)

        self.error_label = QLabel(sdash_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(sdash_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.officer_label.setBuddy(self.officer_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(sdash_dialog)

        QMetaObject.connectSlotsByName(sdash_dialog)
    # setupUi

    def retranslateUi(self, sdash_dialog):
        sdash_dialog.setWindowTitle(QCoreApplication.translate("SdashDialog", u"New S-DASH screening", None))
        self.date_label.setText(QCoreApplication.translate("SdashDialog", u"&Date", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("SdashDialog", u"dd/MM/yyyy", None))
        self.officer_label.setText(QCoreApplication.translate("SdashDialog", u"&Officer", None))
        self.note_label.setText(QCoreApplication.translate("SdashDialog", u"Overall &note", None))
        self.review_check.setText(QCoreApplication.translate("SdashDialog", u"Set the next &review for", None))
        self.review_date_edit.setDisplayFormat(QCoreApplication.translate("SdashDialog", u"dd/MM/yyyy", None))
    # retranslateUi

