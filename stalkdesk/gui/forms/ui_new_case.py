# Generated from ui/cases/new_case.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case.ui'
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

class Ui_NewCaseDialog(object):
    def setupUi(self, new_case_dialog):
        if not new_case_dialog.objectName():
            new_case_dialog.setObjectName(u"new_case_dialog")
        new_case_dialog.resize(820, 520)
        new_case_dialog.setStyleSheet(u"QLabel[role=\"field-error\"], #error_label { color: #b00020; }\n"
"#intro_label { color: #4a5a6a; }")
        self.dialog_layout = QVBoxLayout(new_case_dialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 16)
        self.intro_label = QLabel(new_case_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.case_form_layout = QFormLayout()
        self.case_form_layout.setObjectName(u"case_form_layout")
        self.case_form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.case_form_layout.setHorizontalSpacing(16)
        self.case_form_layout.setVerticalSpacing(8)
        self.urn_label = QLabel(new_case_dialog)
        self.urn_label.setObjectName(u"urn_label")

        self.case_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urn_label)

        self.urn_edit = QLineEdit(new_case_dialog)
        self.urn_edit.setObjectName(u"urn_edit")
        self.urn_edit.setMaximumSize(QSize(240, 16777215))

        self.case_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urn_edit)

        self.urn_error_label = QLabel(new_case_dialog)
        self.urn_error_label.setObjectName(u"urn_error_label")
        self.urn_error_label.setWordWrap(True)
        self.urn_error_label.setProperty(u"role", u"field-error")

        self.case_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urn_error_label)

        self.operation_label = QLabel(new_case_dialog)
        self.operation_label.setObjectName(u"operation_label")

        self.case_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.operation_label)

        self.operation_edit = QLineEdit(new_case_dialog)
        self.operation_edit.setObjectName(u"operation_edit")

        self.case_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.operation_edit)

        self.crime_reference_label = QLabel(new_case_dialog)
        self.crime_reference_label.setObjectName(u"crime_reference_label")

        self.case_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.crime_reference_label)

        self.crime_reference_edit = QLineEdit(new_case_dialog)
        self.crime_reference_edit.setObjectName(u"crime_reference_edit")
        self.crime_reference_edit.setMaximumSize(QSize(240, 16777215))

        self.case_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.crime_reference_edit)

        self.offences_label = QLabel(new_case_dialog)
        self.offences_label.setObjectName(u"offences_label")

        self.case_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.offences_label)

        self.offences_widget = QWidget(new_case_dialog)
        self.offences_widget.setObjectName(u"offences_widget")
        self.offences_layout = QVBoxLayout(self.offences_widget)
        self.offences_layout.setSpacing(4)
        self.offences_layout.setObjectName(u"offences_layout")
        self.offences_layout.setContentsMargins(0, 0, 0, 0)
        self.other_offence_edit = QLineEdit(self.offences_widget)
        self.other_offence_edit.setObjectName(u"other_offence_edit")

        self.offences_layout.addWidget(self.other_offence_edit)

        self.other_offence_error_label = QLabel(self.offences_widget)
        self.other_offence_error_label.setObjectName(u"other_offence_error_label")
        self.other_offence_error_label.setWordWrap(True)
        self.other_offence_error_label.setProperty(u"role", u"field-error")

        self.offences_layout.addWidget(self.other_offence_error_label)


        self.case_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.offences_widget)

        self.officer_label = QLabel(new_case_dialog)
        self.officer_label.setObjectName(u"officer_label")

        self.case_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_edit = QLineEdit(new_case_dialog)
        self.officer_edit.setObjectName(u"officer_edit")

        self.case_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officer_edit)

        self.marking_label = QLabel(new_case_dialog)
        self.marking_label.setObjectName(u"marking_label")

        self.case_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.marking_label)

        self.marking_combo = QComboBox(new_case_dialog)
        self.marking_combo.setObjectName(u"marking_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.marking_combo.sizePolicy().hasHeightForWidth())
        self.marking_combo.setSizePolicy(sizePolicy)
        self.marking_combo.setMinimumSize(QSize(240, 0))

        self.case_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.marking_combo)

        self.marking_error_label = QLabel(new_case_dialog)
        self.marking_error_label.setObjectName(u"marking_error_label")
        self.marking_error_label.setWordWrap(True)
        self.marking_error_label.setProperty(u"role", u"field-error")

        self.case_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.marking_error_label)


        self.dialog_layout.addLayout(self.case_form_layout)

        self.error_label = QLabel(new_case_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(new_case_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.urn_label.setBuddy(self.urn_edit)
        self.operation_label.setBuddy(self.operation_edit)
        self.crime_reference_label.setBuddy(self.crime_reference_edit)
        self.officer_label.setBuddy(self.officer_edit)
        self.marking_label.setBuddy(self.marking_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urn_edit, self.operation_edit)
        QWidget.setTabOrder(self.operation_edit, self.crime_reference_edit)
        QWidget.setTabOrder(self.crime_reference_edit, self.other_offence_edit)
        QWidget.setTabOrder(self.other_offence_edit, self.officer_edit)
        QWidget.setTabOrder(self.officer_edit, self.marking_combo)

        self.retranslateUi(new_case_dialog)
        self.button_box.accepted.connect(new_case_dialog.accept)
        self.button_box.rejected.connect(new_case_dialog.reject)

        QMetaObject.connectSlotsByName(new_case_dialog)
    # setupUi

    def retranslateUi(self, new_case_dialog):
        new_case_dialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.intro_label.setText(QCoreApplication.translate("NewCaseDialog", u"Only the URN is needed now. Everything else can be filled in or changed later on the case's Overview tab.", None))
        self.urn_label.setText(QCoreApplication.translate("NewCaseDialog", u"&URN", None))
        self.urn_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"e.g. 01AB1234524", None))
        self.operation_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Operation name", None))
        self.operation_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"e.g. Operation Larch", None))
        self.crime_reference_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Crime reference", None))
        self.offences_label.setText(QCoreApplication.translate("NewCaseDialog", u"Offences", None))
#if QT_CONFIG(accessibility)
        self.other_offence_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Other offence", None))
#endif // QT_CONFIG(accessibility)
        self.other_offence_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Name the other offence, e.g. Malicious Communications Act 1988 s.1", None))
        self.officer_label.setText(QCoreApplication.translate("NewCaseDialog", u"O&fficer in the case", None))
        self.marking_label.setText(QCoreApplication.translate("NewCaseDialog", u"Protective &marking", None))
    # retranslateUi

