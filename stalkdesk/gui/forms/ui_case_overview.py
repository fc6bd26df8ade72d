# Generated from ui/cases/case_overview.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_overview.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseOverview(object):
    def setupUi(self, case_overview):
        if not case_overview.objectName():
            case_overview.setObjectName(u"case_overview")
        case_overview.resize(1400, 700)
        case_overview.setStyleSheet(u"QLabel[role=\"field-error\"], #error_label { color: #b00020; }\n"
"#save_state_label, #redaction_note_label { color: #4a5a6a; }\n"
"QGroupBox {\n"
"  font-weight: bold;\n"
"  color: #1f2d3d;\n"
"  border: 1px solid #c3ccd7;\n"
"  border-radius: 4px;\n"
"  margin-top: 12px;\n"
"  padding: 12px 8px 8px 8px;\n"
"  background-color: #ffffff;\n"
"}\n"
"QGroupBox::title {\n"
"  subcontrol-origin: margin;\n"
"  left: 10px;\n"
"  padding: 0 4px;\n"
"}\n"
"QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QPushButton {\n"
"  font-weight: normal;\n"
"}\n"
"#people_table {\n"
"  background-color: #ffffff;\n"
"  alternate-background-color: #f6f8fa;\n"
"  border: 1px solid #c3ccd7;\n"
"  selection-background-color: #d6e4f5;\n"
"  selection-color: #1f2d3d;\n"
"  outline: 0;\n"
"}\n"
"#people_table::item {\n"
"  padding: 0 8px;\n"
"}\n"
"#people_table QHeaderView::section {\n"
"  background-color: #eef2f6;\n"
"  color: #33475b;\n"
"  border: none;\n"
"  border-bottom: 1px solid #c3ccd"
                        "7;\n"
"  padding: 5px 8px;\n"
"  font-weight: bold;\n"
"}")
        self.overview_layout = QVBoxLayout(case_overview)
        self.overview_layout.setSpacing(12)
        self.overview_layout.setObjectName(u"overview_layout")
        self.overview_layout.setContentsMargins(16, 8, 16, 16)
        self.details_group = QGroupBox(case_overview)
        self.details_group.setObjectName(u"details_group")
        self.details_layout = QVBoxLayout(self.details_group)
        self.details_layout.setSpacing(6)
        self.details_layout.setObjectName(u"details_layout")
        self.details_columns_layout = QHBoxLayout()
        self.details_columns_layout.setSpacing(32)
        self.details_columns_layout.setObjectName(u"details_columns_layout")
        self.case_form_layout = QFormLayout()
        self.case_form_layout.setObjectName(u"case_form_layout")
        self.case_form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.case_form_layout.setHorizontalSpacing(16)
        self.case_form_layout.setVerticalSpacing(8)
        self.urn_label = QLabel(self.details_group)
        self.urn_label.setObjectName(u"urn_label")

        self.case_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urn_label)

        self.urn_edit = QLineEdit(self.details_group)
        self.urn_edit.setObjectName(u"urn_edit")
        self.urn_edit.setMaximumSize(QSize(240, 16777215))

        self.case_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urn_edit)

        self.urn_error_label = QLabel(self.details_group)
        self.urn_error_label.setObjectName(u"urn_error_label")
        self.urn_error_label.setWordWrap(True)
        self.urn_error_label.setProperty(u"role", u"field-error")

        self.case_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urn_error_label)

        self.operation_label = QLabel(self.details_group)
        self.operation_label.setObjectName(u"operation_label")

        self.case_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.operation_label)

        self.operation_edit = QLineEdit(self.details_group)
        self.operation_edit.setObjectName(u"operation_edit")

        self.case_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.operation_edit)

        self.crime_reference_label = QLabel(self.details_group)
        self.crime_reference_label.setObjectName(u"crime_reference_label")

        self.case_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.crime_reference_label)

        self.crime_reference_edit = QLineEdit(self.details_group)
        self.crime_reference_edit.setObjectName(u"crime_reference_edit")
        self.crime_reference_edit.setMaximumSize(QSize(240, 16777215))

        self.case_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.crime_reference_edit)

        self.officer_label = QLabel(self.details_group)
        self.officer_label.setObjectName(u"officer_label")

        self.case_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_edit = QLineEdit(self.details_group)
        self.officer_edit.setObjectName(u"officer_edit")

        self.case_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officer_edit)

        self.marking_label = QLabel(self.details_group)
        self.marking_label.setObjectName(u"marking_label")

        self.case_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.marking_label)

        self.marking_combo = QComboBox(self.details_group)
        self.marking_combo.setObjectName(u"marking_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.marking_combo.sizePolicy().hasHeightForWidth())
        self.marking_combo.setSizePolicy(sizePolicy)
        self.marking_combo.setMinimumSize(QSize(240, 0))

        self.case_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.marking_combo)

        self.marking_error_label = QLabel(self.details_group)
        self.marking_error_label.setObjectName(u"marking_error_label")
        self.marking_error_label.setWordWrap(True)
        self.marking_error_label.setProperty(u"role", u"field-error")

        self.case_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.marking_error_label)

        self.status_label = QLabel(self.details_group)
        self.status_label.setObjectName(u"status_label")

        self.case_form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.details_group)
        self.status_combo.setObjectName(u"status_combo")
        sizePolicy.setHeightForWidth(self.status_combo.sizePolicy().hasHeightForWidth())
        self.status_combo.setSizePolicy(sizePolicy)
        self.status_combo.setMinimumSize(QSize(240, 0))

        self.case_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status_combo)


        self.details_columns_layout.addLayout(self.case_form_layout)

        self.offences_column_layout = QVBoxLayout()
        self.offences_column_layout.setSpacing(6)
        self.offences_column_layout.setObjectName(u"offences_column_layout")
        self.offences_label = QLabel(self.details_group)
        self.offences_label.setObjectName(u"offences_label")

        self.offences_column_layout.addWidget(self.offences_label)

        self.offences_widget = QWidget(self.details_group)
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


        self.offences_column_layout.addWidget(self.offences_widget)

        self.offences_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.offences_column_layout.addItem(self.offences_spacer)


        self.details_columns_layout.addLayout(self.offences_column_layout)

        self.details_columns_layout.setStretch(0, 1)
        self.details_columns_layout.setStretch(1, 1)

        self.details_layout.addLayout(self.details_columns_layout)

        self.error_label = QLabel(self.details_group)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.details_layout.addWidget(self.error_label)

        self.save_state_label = QLabel(self.details_group)
        self.save_state_label.setObjectName(u"save_state_label")

        self.details_layout.addWidget(self.save_state_label)


        self.overview_layout.addWidget(self.details_group)

        self.people_group = QGroupBox(case_overview)
        self.people_group.setObjectName(u"people_group")
        self.people_layout = QVBoxLayout(self.people_group)
        self.people_layout.setSpacing(8)
        self.people_layout.setObjectName(u"people_layout")
        self.people_table = QTableView(self.people_group)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setShowGrid(False)
        self.people_table.setWordWrap(False)
        self.people_table.horizontalHeader().setHighlightSections(False)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.verticalHeader().setVisible(False)

        self.people_layout.addWidget(self.people_table)

        self.people_buttons_layout = QHBoxLayout()
        self.people_buttons_layout.setObjectName(u"people_buttons_layout")
        self.add_person_button = QPushButton(self.people_group)
        self.add_person_button.setObjectName(u"add_person_button")

        self.people_buttons_layout.addWidget(self.add_person_button)

        self.edit_person_button = QPushButton(self.people_group)
        self.edit_person_button.setObjectName(u"edit_person_button")

        self.people_buttons_layout.addWidget(self.edit_person_button)

        self.remove_person_button = QPushButton(self.people_group)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.people_buttons_layout.addWidget(self.remove_person_button)

        self.people_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons_layout.addItem(self.people_buttons_spacer)


        self.people_layout.addLayout(self.people_buttons_layout)

        self.redaction_note_label = QLabel(self.people_group)
        self.redaction_note_label.setObjectName(u"redaction_note_label")
        self.redaction_note_label.setWordWrap(True)

        self.people_layout.addWidget(self.redaction_note_label)


        self.overview_layout.addWidget(self.people_group)

        self.overview_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.urn_label.setBuddy(self.urn_edit)
        self.operation_label.setBuddy(self.operation_edit)
        self.crime_reference_label.setBuddy(self.crime_reference_edit)
        self.officer_label.setBuddy(self.officer_edit)
        self.marking_label.setBuddy(self.marking_combo)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urn_edit, self.operation_edit)
        QWidget.setTabOrder(self.operation_edit, self.crime_reference_edit)
        QWidget.setTabOrder(self.crime_reference_edit, self.officer_edit)
        QWidget.setTabOrder(self.officer_edit, self.marking_combo)
        QWidget.setTabOrder(self.marking_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.other_offence_edit)
        QWidget.setTabOrder(self.other_offence_edit, self.people_table)
        QWidget.setTabOrder(self.people_table, self.add_person_button)
        QWidget.setTabOrder(self.add_person_button, self.edit_person_button)
        QWidget.setTabOrder(self.edit_person_button, self.remove_person_button)

        self.retranslateUi(case_overview)

        QMetaObject.connectSlotsByName(case_overview)
    # setupUi

    def retranslateUi(self, case_overview):
        self.details_group.setTitle(QCoreApplication.translate("CaseOverview", u"Case details", None))
        self.urn_label.setText(QCoreApplication.translate("CaseOverview", u"&URN", None))
        self.urn_edit.setPlaceholderText(QCoreApplication.translate("CaseOverview", u"e.g. 01AB1234524", None))
        self.operation_label.setText(QCoreApplication.translate("CaseOverview", u"&Operation name", None))
        self.operation_edit.setPlaceholderText(QCoreApplication.translate("CaseOverview", u"e.g. Operation Larch", None))
        self.crime_reference_label.setText(QCoreApplication.translate("CaseOverview", u"&Crime reference", None))
        self.officer_label.setText(QCoreApplication.translate("CaseOverview", u"O&fficer in the case", None))
        self.marking_label.setText(QCoreApplication.translate("CaseOverview", u"Protective &marking", None))
        self.status_label.setText(QCoreApplication.translate("CaseOverview", u"&Status", None))
        self.offences_label.setText(QCoreApplication.translate("CaseOverview", u"Offences under consideration", None))
#if QT_CONFIG(accessibility)
        self.other_offence_edit.setAccessibleName(QCoreApplication.translate("CaseOverview", u"Other offence", None))
#endif // QT_CONFIG(accessibility)
        self.other_offence_edit.setPlaceholderText(QCoreApplication.translate("CaseOverview", u"Name the other offence, e.g. Malicious Communications Act 1988 s.1", None))
        self.save_state_label.setText(QCoreApplication.translate("CaseOverview", u"Changes are saved as you make them.", None))
        self.people_group.setTitle(QCoreApplication.translate("CaseOverview", u"People", None))
#if QT_CONFIG(accessibility)
        self.people_table.setAccessibleName(QCoreApplication.translate("CaseOverview", u"People in the case", None))
#endif // QT_CONFIG(accessibility)
        self.add_person_button.setText(QCoreApplication.translate("CaseOverview", u"&Add person\u2026", None))
        self.edit_person_button.setText(QCoreApplication.translate("CaseOverview", u"&Edit\u2026", None))
        self.remove_person_button.setText(QCoreApplication.translate("CaseOverview", u"&Remove", None))
        self.redaction_note_label.setText(QCoreApplication.translate("CaseOverview", u"Addresses, phone numbers, emails, dates of birth and vehicles are personal data: StalkDesk redacts them in every output for the CPS.", None))
        pass
    # retranslateUi

