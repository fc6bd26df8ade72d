# Generated from ui/chronology/bulk_edit.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulk_edit.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BulkEditDialog(object):
    def setupUi(self, bulk_edit_dialog):
        if not bulk_edit_dialog.objectName():
            bulk_edit_dialog.setObjectName(u"bulk_edit_dialog")
        bulk_edit_dialog.resize(520, 460)
        bulk_edit_dialog.setStyleSheet(u"#hint_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"QGroupBox {\n"
"  color: #4a5a6a;\n"
"}")
        self.dialog_layout = QVBoxLayout(bulk_edit_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(bulk_edit_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.hint_label = QLabel(bulk_edit_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.s2a_group = QGroupBox(bulk_edit_dialog)
        self.s2a_group.setObjectName(u"s2a_group")
        self.s2a_layout = QGridLayout(self.s2a_group)
        self.s2a_layout.setObjectName(u"s2a_layout")
        self.s2a_layout.setVerticalSpacing(2)

        self.dialog_layout.addWidget(self.s2a_group)

        self.other_behaviours_group = QGroupBox(bulk_edit_dialog)
        self.other_behaviours_group.setObjectName(u"other_behaviours_group")
        self.other_behaviours_layout = QGridLayout(self.other_behaviours_group)
        self.other_behaviours_layout.setObjectName(u"other_behaviours_layout")
        self.other_behaviours_layout.setVerticalSpacing(2)

        self.dialog_layout.addWidget(self.other_behaviours_group)

        self.status_form = QFormLayout()
        self.status_form.setObjectName(u"status_form")
        self.evidential_label = QLabel(bulk_edit_dialog)
        self.evidential_label.setObjectName(u"evidential_label")

        self.status_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evidential_label)

        self.evidential_combo = QComboBox(bulk_edit_dialog)
        self.evidential_combo.setObjectName(u"evidential_combo")

        self.status_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evidential_combo)

        self.disclosure_label = QLabel(bulk_edit_dialog)
        self.disclosure_label.setObjectName(u"disclosure_label")

        self.status_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.disclosure_label)

        self.disclosure_combo = QComboBox(bulk_edit_dialog)
        self.disclosure_combo.setObjectName(u"disclosure_combo")

        self.status_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disclosure_combo)


        self.dialog_layout.addLayout(self.status_form)

        self.dialog_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(bulk_edit_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.evidential_label.setBuddy(self.evidential_combo)
        self.disclosure_label.setBuddy(self.disclosure_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(bulk_edit_dialog)
        self.button_box.accepted.connect(bulk_edit_dialog.accept)
        self.button_box.rejected.connect(bulk_edit_dialog.reject)

        QMetaObject.connectSlotsByName(bulk_edit_dialog)
    # setupUi

    def retranslateUi(self, bulk_edit_dialog):
        bulk_edit_dialog.setWindowTitle(QCoreApplication.translate("BulkEditDialog", u"Bulk edit", None))
        self.hint_label.setText(QCoreApplication.translate("BulkEditDialog", u"A ticked behaviour is added to every entry, a cleared one removed from every entry. A part-filled box (some entries have it) is left as it is.", None))
        self.s2a_group.setTitle(QCoreApplication.translate("BulkEditDialog", u"Stalking behaviours, PHA 1997 s.2A(3)", None))
        self.other_behaviours_group.setTitle(QCoreApplication.translate("BulkEditDialog", u"Other behaviours", None))
        self.evidential_label.setText(QCoreApplication.translate("BulkEditDialog", u"E&vidential status", None))
#if QT_CONFIG(accessibility)
        self.evidential_combo.setAccessibleName(QCoreApplication.translate("BulkEditDialog", u"Evidential status", None))
#endif // QT_CONFIG(accessibility)
        self.disclosure_label.setText(QCoreApplication.translate("BulkEditDialog", u"&Disclosure", None))
#if QT_CONFIG(accessibility)
        self.disclosure_combo.setAccessibleName(QCoreApplication.translate("BulkEditDialog", u"Disclosure status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

