# Generated from ui/analysis/candidate_dialog.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CandidateDialog(object):
    def setupUi(self, candidate_dialog):
        if not candidate_dialog.objectName():
            candidate_dialog.setObjectName(u"candidate_dialog")
        candidate_dialog.resize(640, 250)
        self.dialog_layout = QVBoxLayout(candidate_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.visit_label = QLabel(candidate_dialog)
        self.visit_label.setObjectName(u"visit_label")
        self.visit_label.setWordWrap(True)
        self.visit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.visit_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.behaviour_label = QLabel(candidate_dialog)
        self.behaviour_label.setObjectName(u"behaviour_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.behaviour_label)

        self.behaviour_combo = QComboBox(candidate_dialog)
        self.behaviour_combo.setObjectName(u"behaviour_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.behaviour_combo)

        self.text_label = QLabel(candidate_dialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QLineEdit(candidate_dialog)
        self.text_edit.setObjectName(u"text_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.preview_label = QLabel(candidate_dialog)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet(u"color: #4a5a6a;")

        self.dialog_layout.addWidget(self.preview_label)

        self.dialog_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.error_label = QLabel(candidate_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(candidate_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.behaviour_label.setBuddy(self.behaviour_combo)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(candidate_dialog)

        QMetaObject.connectSlotsByName(candidate_dialog)
    # setupUi

    def retranslateUi(self, candidate_dialog):
        candidate_dialog.setWindowTitle(QCoreApplication.translate("CandidateDialog", u"Confirm visit", None))
        self.behaviour_label.setText(QCoreApplication.translate("CandidateDialog", u"&Behaviour", None))
        self.text_label.setText(QCoreApplication.translate("CandidateDialog", u"&Summary", None))
    # retranslateUi

