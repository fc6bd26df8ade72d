# Generated from ui/dialogs/first_run.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, first_run_dialog):
        if not first_run_dialog.objectName():
            first_run_dialog.setObjectName(u"first_run_dialog")
        first_run_dialog.resize(520, 600)
        first_run_dialog.setStyleSheet(u"#error_label { color: #b00020; }\n"
"#strength_label, #intro_label { color: #4a5a6a; }")
        self.dialog_layout = QVBoxLayout(first_run_dialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(first_run_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.officer_group = QGroupBox(first_run_dialog)
        self.officer_group.setObjectName(u"officer_group")
        self.officer_layout = QFormLayout(self.officer_group)
        self.officer_layout.setObjectName(u"officer_layout")
        self.name_label = QLabel(self.officer_group)
        self.name_label.setObjectName(u"name_label")

        self.officer_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.officer_group)
        self.name_edit.setObjectName(u"name_edit")

        self.officer_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.rank_label = QLabel(self.officer_group)
        self.rank_label.setObjectName(u"rank_label")

        self.officer_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rank_label)

        self.rank_edit = QLineEdit(self.officer_group)
        self.rank_edit.setObjectName(u"rank_edit")

        self.officer_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rank_edit)

        self.warrant_label = QLabel(self.officer_group)
        self.warrant_label.setObjectName(u"warrant_label")

        self.officer_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.warrant_label)

        self.warrant_edit = QLineEdit(self.officer_group)
        self.warrant_edit.setObjectName(u"warrant_edit")

        self.officer_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.warrant_edit)

        self.force_label = QLabel(self.officer_group)
        self.force_label.setObjectName(u"force_label")

        self.officer_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.force_label)

        self.force_edit = QLineEdit(self.officer_group)
        self.force_edit.setObjectName(u"force_edit")

        self.officer_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.force_edit)

        self.unit_label = QLabel(self.officer_group)
        self.unit_label.setObjectName(u"unit_label")

        self.officer_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(self.officer_group)
        self.unit_edit.setObjectName(u"unit_edit")

        self.officer_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.initials_label = QLabel(self.officer_group)
        self.initials_label.setObjectName(u"initials_label")

        self.officer_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.initials_label)

        self.initials_edit = QLineEdit(self.officer_group)
        self.initials_edit.setObjectName(u"initials_edit")
        self.initials_edit.setMaxLength(4)

        self.officer_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.initials_edit)


        self.dialog_layout.addWidget(self.officer_group)

        self.passphrase_group = QGroupBox(first_run_dialog)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_layout = QFormLayout(self.passphrase_group)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(self.passphrase_group)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.passphrase_group)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_label = QLabel(self.passphrase_group)
        self.confirm_label.setObjectName(u"confirm_label")

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(self.passphrase_group)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.strength_label = QLabel(self.passphrase_group)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setText(u"")
        self.strength_label.setWordWrap(True)

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_label)


        self.dialog_layout.addWidget(self.passphrase_group)

        self.remember_check = QCheckBox(first_run_dialog)
        self.remember_check.setObjectName(u"remember_check")

        self.dialog_layout.addWidget(self.remember_check)

        self.error_label = QLabel(first_run_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(first_run_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.rank_label.setBuddy(self.rank_edit)
        self.warrant_label.setBuddy(self.warrant_edit)
        self.force_label.setBuddy(self.force_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.initials_label.setBuddy(self.initials_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.rank_edit)
        QWidget.setTabOrder(self.rank_edit, self.warrant_edit)
        QWidget.setTabOrder(self.warrant_edit, self.force_edit)
        QWidget.setTabOrder(self.force_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.initials_edit)
        QWidget.setTabOrder(self.initials_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.remember_check)

        self.retranslateUi(first_run_dialog)
        self.button_box.accepted.connect(first_run_dialog.accept)
        self.button_box.rejected.connect(first_run_dialog.reject)

        QMetaObject.connectSlotsByName(first_run_dialog)
    # setupUi

    def retranslateUi(self, first_run_dialog):
        first_run_dialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Set up StalkDesk", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"StalkDesk keeps everything you record in an encrypted store on this computer. Set it up once: who you are, for the audit trail and your exhibit references, and a passphrase that unlocks the store.", None))
        self.officer_group.setTitle(QCoreApplication.translate("FirstRunDialog", u"You", None))
        self.name_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"Required", None))
        self.rank_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Rank", None))
        self.rank_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"For example DC or PC", None))
        self.warrant_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Warrant number", None))
        self.force_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Force", None))
        self.unit_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Unit", None))
        self.initials_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Exhibit initials", None))
#if QT_CONFIG(tooltip)
        self.initials_edit.setToolTip(QCoreApplication.translate("FirstRunDialog", u"The one to four letters that start the exhibits you produce, as in AF/1.", None))
#endif // QT_CONFIG(tooltip)
        self.initials_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"Required, for example AF", None))
        self.passphrase_group.setTitle(QCoreApplication.translate("FirstRunDialog", u"Passphrase", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase", None))
        self.confirm_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Confirm", None))
        self.remember_check.setText(QCoreApplication.translate("FirstRunDialog", u"Remember on this computer", None))
#if QT_CONFIG(tooltip)
        self.remember_check.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Keep the store's key in this computer's credential store, so StalkDesk opens without asking for the passphrase while you are logged in.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

