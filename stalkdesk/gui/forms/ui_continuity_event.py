# Generated from ui/evidence/continuity_event.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'continuity_event.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContinuityEventDialog(object):
    def setupUi(self, continuity_event_dialog):
        if not continuity_event_dialog.objectName():
            continuity_event_dialog.setObjectName(u"continuity_event_dialog")
        continuity_event_dialog.resize(480, 300)
        continuity_event_dialog.setStyleSheet(u"#error_label { color: #b00020; }\n"
"#intro_label, #recorded_by_value_label { color: #4a5a6a; }")
        self.dialog_layout = QVBoxLayout(continuity_event_dialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(continuity_event_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.when_label = QLabel(continuity_event_dialog)
        self.when_label.setObjectName(u"when_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when_edit = QDateTimeEdit(continuity_event_dialog)
        self.when_edit.setObjectName(u"when_edit")
        self.when_edit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when_edit)

        self.action_label = QLabel(continuity_event_dialog)
        self.action_label.setObjectName(u"action_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.action_label)

        self.action_combo = QComboBox(continuity_event_dialog)
        self.action_combo.setObjectName(u"action_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.action_combo)

        self.from_label = QLabel(continuity_event_dialog)
        self.from_label.setObjectName(u"from_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.from_label)

        self.from_edit = QLineEdit(continuity_event_dialog)
        self.from_edit.setObjectName(u"from_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.from_edit)

        self.to_label = QLabel(continuity_event_dialog)
        self.to_label.setObjectName(u"to_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_edit = QLineEdit(continuity_event_dialog)
        self.to_edit.setObjectName(u"to_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.to_edit)

        self.purpose_label = QLabel(continuity_event_dialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(continuity_event_dialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.recorded_by_label = QLabel(continuity_event_dialog)
        self.recorded_by_label.setObjectName(u"recorded_by_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recorded_by_label)

        self.recorded_by_value_label = QLabel(continuity_event_dialog)
        self.recorded_by_value_label.setObjectName(u"recorded_by_value_label")
        self.recorded_by_value_label.setText(u"")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recorded_by_value_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(continuity_event_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(continuity_event_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.when_label.setBuddy(self.when_edit)
        self.action_label.setBuddy(self.action_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(continuity_event_dialog)
        self.button_box.accepted.connect(continuity_event_dialog.accept)
        self.button_box.rejected.connect(continuity_event_dialog.reject)

        QMetaObject.connectSlotsByName(continuity_event_dialog)
    # setupUi

    def retranslateUi(self, continuity_event_dialog):
        continuity_event_dialog.setWindowTitle(QCoreApplication.translate("ContinuityEventDialog", u"Add continuity event", None))
        self.when_label.setText(QCoreApplication.translate("ContinuityEventDialog", u"&When", None))
        self.action_label.setText(QCoreApplication.translate("ContinuityEventDialog", u"&Action", None))
        self.from_label.setText(QCoreApplication.translate("ContinuityEventDialog", u"&From", None))
        self.from_edit.setPlaceholderText(QCoreApplication.translate("ContinuityEventDialog", u"Who had it before, e.g. the victim, or the property store", None))
        self.to_label.setText(QCoreApplication.translate("ContinuityEventDialog", u"&To", None))
        self.to_edit.setPlaceholderText(QCoreApplication.translate("ContinuityEventDialog", u"Who has it now", None))
        self.purpose_label.setText(QCoreApplication.translate("ContinuityEventDialog", u"&Purpose", None))
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("ContinuityEventDialog", u"Why, e.g. examined for the CPS file", None))
        self.recorded_by_label.setText(QCoreApplication.translate("ContinuityEventDialog", u"Recorded by", None))
    # retranslateUi

