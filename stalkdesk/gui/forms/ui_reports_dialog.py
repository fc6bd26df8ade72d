# Generated from ui/reports/reports_dialog.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_ReportsDialog(object):
    def setupUi(self, reports_dialog):
        if not reports_dialog.objectName():
            reports_dialog.setObjectName(u"reports_dialog")
        reports_dialog.resize(1180, 780)
        reports_dialog.setStyleSheet(u"#document_description_label, #placeholder_label, #save_reminder_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#unredacted_warning_label {\n"
"  color: #a4161a;\n"
"  font-weight: bold;\n"
"}\n"
"QGroupBox {\n"
"  color: #4a5a6a;\n"
"}")
        self.dialog_layout = QHBoxLayout(reports_dialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.options_panel = QWidget(reports_dialog)
        self.options_panel.setObjectName(u"options_panel")
        self.options_panel.setMinimumSize(QSize(330, 0))
        self.options_panel.setMaximumSize(QSize(360, 16777215))
        self.options_layout = QVBoxLayout(self.options_panel)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.document_label = QLabel(self.options_panel)
        self.document_label.setObjectName(u"document_label")

        self.options_layout.addWidget(self.document_label)

        self.document_combo = QComboBox(self.options_panel)
        self.document_combo.setObjectName(u"document_combo")

        self.options_layout.addWidget(self.document_combo)

        self.document_description_label = QLabel(self.options_panel)
        self.document_description_label.setObjectName(u"document_description_label")
        self.document_description_label.setWordWrap(True)

        self.options_layout.addWidget(self.document_description_label)

        self.range_group = QGroupBox(self.options_panel)
        self.range_group.setObjectName(u"range_group")
        self.range_layout = QGridLayout(self.range_group)
        self.range_layout.setObjectName(u"range_layout")
        self.from_check = QCheckBox(self.range_group)
        self.from_check.setObjectName(u"from_check")

        self.range_layout.addWidget(self.from_check, 0, 0, 1, 1)

        self.from_date = QDateEdit(self.range_group)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setEnabled(False)
        self.from_date.setCalendarPopup(True)

        self.range_layout.addWidget(self.from_date, 0, 1, 1, 1)

        self.to_check = QCheckBox(self.range_group)
        self.to_check.setObjectName(u"to_check")

        self.range_layout.addWidget(self.to_check, 1, 0, 1, 1)

        self.to_date = QDateEdit(self.range_group)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setEnabled(False)
        self.to_date.setCalendarPopup(True)

        self.range_layout.addWidget(self.to_date, 1, 1, 1, 1)


        self.options_layout.addWidget(self.range_group)

        self.behaviours_group = QGroupBox(self.options_panel)
        self.behaviours_group.setObjectName(u"behaviours_group")
        self.behaviours_group.setCheckable(True)
        self.behaviours_group.setChecked(False)
        self.behaviours_layout = QVBoxLayout(self.behaviours_group)
        self.behaviours_layout.setObjectName(u"behaviours_layout")
        self.behaviours_list = QListWidget(self.behaviours_group)
        self.behaviours_list.setObjectName(u"behaviours_list")
        self.behaviours_list.setMaximumSize(QSize(16777215, 130))

        self.behaviours_layout.addWidget(self.behaviours_list)


        self.options_layout.addWidget(self.behaviours_group)

        self.layout_group = QGroupBox(self.options_panel)
        self.layout_group.setObjectName(u"layout_group")
        self.layout_options_layout = QVBoxLayout(self.layout_group)
        self.layout_options_layout.setObjectName(u"layout_options_layout")
        self.large_print_check = QCheckBox(self.layout_group)
        self.large_print_check.setObjectName(u"large_print_check")

        self.layout_options_layout.addWidget(self.large_print_check)

        self.notes_column_check = QCheckBox(self.layout_group)
        self.notes_column_check.setObjectName(u"notes_column_check")

        self.layout_options_layout.addWidget(self.notes_column_check)


        self.options_layout.addWidget(self.layout_group)

        self.version_group = QGroupBox(self.options_panel)
        self.version_group.setObjectName(u"version_group")
        self.version_layout = QVBoxLayout(self.version_group)
        self.version_layout.setObjectName(u"version_layout")
        self.cps_radio = QRadioButton(self.version_group)
        self.cps_radio.setObjectName(u"cps_radio")
        self.cps_radio.setChecked(True)

        self.version_layout.addWidget(self.cps_radio)

        self.unredacted_radio = QRadioButton(self.version_group)
        self.unredacted_radio.setObjectName(u"unredacted_radio")

        self.version_layout.addWidget(self.unredacted_radio)

        self.unredacted_warning_label = QLabel(self.version_group)
        self.unredacted_warning_label.setObjectName(u"unredacted_warning_label")
        self.unredacted_warning_label.setWordWrap(True)

        self.version_layout.addWidget(self.unredacted_warning_label)


        self.options_layout.addWidget(self.version_group)

        self.disclosure_group = QGroupBox(self.options_panel)
        self.disclosure_group.setObjectName(u"disclosure_group")
        self.disclosure_layout = QFormLayout(self.disclosure_group)
        self.disclosure_layout.setObjectName(u"disclosure_layout")
        self.recipient_label = QLabel(self.disclosure_group)
        self.recipient_label.setObjectName(u"recipient_label")

        self.disclosure_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_edit = QLineEdit(self.disclosure_group)
        self.recipient_edit.setObjectName(u"recipient_edit")

        self.disclosure_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.purpose_label = QLabel(self.disclosure_group)
        self.purpose_label.setObjectName(u"purpose_label")

        self.disclosure_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(self.disclosure_group)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.disclosure_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purpose_edit)


        self.options_layout.addWidget(self.disclosure_group)

        self.options_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.options_layout.addItem(self.options_spacer)

        self.generate_button = QPushButton(self.options_panel)
        self.generate_button.setObjectName(u"generate_button")

        self.options_layout.addWidget(self.generate_button)


        self.dialog_layout.addWidget(self.options_panel)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_toolbar_layout = QHBoxLayout()
        self.preview_toolbar_layout.setObjectName(u"preview_toolbar_layout")
        self.previous_button = QToolButton(reports_dialog)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setEnabled(False)

        self.preview_toolbar_layout.addWidget(self.previous_button)

        self.page_label = QLabel(reports_dialog)
        self.page_label.setObjectName(u"page_label")

        self.preview_toolbar_layout.addWidget(self.page_label)

        self.page_spin = QSpinBox(reports_dialog)
        self.page_spin.setObjectName(u"page_spin")
        self.page_spin.setEnabled(False)
        self.page_spin.setMinimum(1)

        self.preview_toolbar_layout.addWidget(self.page_spin)

        self.page_count_label = QLabel(reports_dialog)
        self.page_count_label.setObjectName(u"page_count_label")

        self.preview_toolbar_layout.addWidget(self.page_count_label)

        self.next_button = QToolButton(reports_dialog)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setEnabled(False)

        self.preview_toolbar_layout.addWidget(self.next_button)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_toolbar_layout.addItem(self.toolbar_spacer)

        self.zoom_out_button = QToolButton(reports_dialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setEnabled(False)

        self.preview_toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_combo = QComboBox(reports_dialog)
        self.zoom_combo.setObjectName(u"zoom_combo")
        self.zoom_combo.setEnabled(False)

        self.preview_toolbar_layout.addWidget(self.zoom_combo)

        self.zoom_in_button = QToolButton(reports_dialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setEnabled(False)

        self.preview_toolbar_layout.addWidget(self.zoom_in_button)


        self.preview_layout.addLayout(self.preview_toolbar_layout)

        self.preview_stack = QStackedWidget(reports_dialog)
        self.preview_stack.setObjectName(u"preview_stack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview_stack.sizePolicy().hasHeightForWidth())
        self.preview_stack.setSizePolicy(sizePolicy)
        self.placeholder_page = QWidget()
        self.placeholder_page.setObjectName(u"placeholder_page")
        self.placeholder_layout = QVBoxLayout(self.placeholder_page)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.placeholder_label = QLabel(self.placeholder_page)
        self.placeholder_label.setObjectName(u"placeholder_label")
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)

        self.placeholder_layout.addWidget(self.placeholder_label)

        self.preview_stack.addWidget(self.placeholder_page)
        self.pdf_page = QWidget()
        self.pdf_page.setObjectName(u"pdf_page")
        self.pdf_layout = QVBoxLayout(self.pdf_page)
        self.pdf_layout.setObjectName(u"pdf_layout")
        self.pdf_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_stack.addWidget(self.pdf_page)

        self.preview_layout.addWidget(self.preview_stack)

        self.status_label = QLabel(reports_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_layout.addWidget(self.status_label)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.save_reminder_label = QLabel(reports_dialog)
        self.save_reminder_label.setObjectName(u"save_reminder_label")
        self.save_reminder_label.setWordWrap(True)

        self.save_layout.addWidget(self.save_reminder_label)

        self.save_button = QPushButton(reports_dialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setEnabled(False)

        self.save_layout.addWidget(self.save_button)

        self.button_box = QDialogButtonBox(reports_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.save_layout.addWidget(self.button_box)


        self.preview_layout.addLayout(self.save_layout)


        self.dialog_layout.addLayout(self.preview_layout)

#if QT_CONFIG(shortcut)
        self.document_label.setBuddy(self.document_combo)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.page_label.setBuddy(self.page_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.document_combo, self.from_check)
        QWidget.setTabOrder(self.from_check, self.from_date)
        QWidget.setTabOrder(self.from_date, self.to_check)
        QWidget.setTabOrder(self.to_check, self.to_date)
        QWidget.setTabOrder(self.to_date, self.behaviours_group)
        QWidget.setTabOrder(self.behaviours_group, self.behaviours_list)
        QWidget.setTabOrder(self.behaviours_list, self.large_print_check)
        QWidget.setTabOrder(self.large_print_check, self.notes_column_check)
        QWidget.setTabOrder(self.notes_column_check, self.cps_radio)
        QWidget.setTabOrder(self.cps_radio, self.unredacted_radio)
        QWidget.setTabOrder(self.unredacted_radio, self.recipient_edit)
        QWidget.setTabOrder(self.recipient_edit, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.generate_button)
        QWidget.setTabOrder(self.generate_button, self.save_button)

        self.retranslateUi(reports_dialog)
        self.button_box.rejected.connect(reports_dialog.reject)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)

        self.generate_button.setDefault(True)


        QMetaObject.connectSlotsByName(reports_dialog)
    # setupUi

    def retranslateUi(self, reports_dialog):
        reports_dialog.setWindowTitle(QCoreApplication.translate("ReportsDialog", u"Reports", None))
        self.document_label.setText(QCoreApplication.translate("ReportsDialog", u"&Document", None))
        self.range_group.setTitle(QCoreApplication.translate("ReportsDialog", u"Dates", None))
        self.from_check.setText(QCoreApplication.translate("ReportsDialog", u"&From", None))
        self.from_date.setDisplayFormat(QCoreApplication.translate("ReportsDialog", u"dd/MM/yyyy", None))
        self.to_check.setText(QCoreApplication.translate("ReportsDialog", u"&To", None))
        self.to_date.setDisplayFormat(QCoreApplication.translate("ReportsDialog", u"dd/MM/yyyy", None))
        self.behaviours_group.setTitle(QCoreApplication.translate("ReportsDialog", u"Only these &behaviours", None))
        self.layout_group.setTitle(QCoreApplication.translate("ReportsDialog", u"Layout", None))
        self.large_print_check.setText(QCoreApplication.translate("ReportsDialog", u"&Large print", None))
        self.notes_column_check.setText(QCoreApplication.translate("ReportsDialog", u"Column for the &interviewer's notes", None))
        self.version_group.setTitle(QCoreApplication.translate("ReportsDialog", u"Version", None))
        self.cps_radio.setText(QCoreApplication.translate("ReportsDialog", u"&CPS version: personal details redacted", None))
        self.unredacted_radio.setText(QCoreApplication.translate("ReportsDialog", u"&Unredacted internal version", None))
        self.unredacted_warning_label.setText(QCoreApplication.translate("ReportsDialog", u"Addresses, phone numbers, emails and dates of birth are printed in full. Every page is marked UNREDACTED \u2013 NOT FOR DISCLOSURE: do not send it to the CPS or the defence.", None))
        self.disclosure_group.setTitle(QCoreApplication.translate("ReportsDialog", u"For the disclosure log", None))
        self.recipient_label.setText(QCoreApplication.translate("ReportsDialog", u"&Recipient", None))
        self.recipient_edit.setPlaceholderText(QCoreApplication.translate("ReportsDialog", u"e.g. CPS Direct, the reviewing lawyer", None))
        self.purpose_label.setText(QCoreApplication.translate("ReportsDialog", u"&Purpose", None))
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("ReportsDialog", u"e.g. charging decision", None))
        self.generate_button.setText(QCoreApplication.translate("ReportsDialog", u"&Generate preview", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("ReportsDialog", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
        self.previous_button.setText(QCoreApplication.translate("ReportsDialog", u"\u25c0", None))
        self.page_label.setText(QCoreApplication.translate("ReportsDialog", u"Page", None))
        self.page_count_label.setText(QCoreApplication.translate("ReportsDialog", u"of 0", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ReportsDialog", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("ReportsDialog", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("ReportsDialog", u"Zoom out", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_out_button.setText(QCoreApplication.translate("ReportsDialog", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_combo.setToolTip(QCoreApplication.translate("ReportsDialog", u"Zoom", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("ReportsDialog", u"Zoom in", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_in_button.setText(QCoreApplication.translate("ReportsDialog", u"+", None))
        self.placeholder_label.setText(QCoreApplication.translate("ReportsDialog", u"Choose a document and its options, then Generate preview.\n"
"Nothing is written to disk until you save it.", None))
        self.save_reminder_label.setText(QCoreApplication.translate("ReportsDialog", u"The saved PDF is not encrypted: keep it only where case papers may be kept. The export is recorded in the audit trail.", None))
        self.save_button.setText(QCoreApplication.translate("ReportsDialog", u"&Save PDF\u2026", None))
    # retranslateUi

