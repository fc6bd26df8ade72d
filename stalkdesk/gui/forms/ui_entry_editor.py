# Generated from ui/chronology/entry_editor.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_EntryEditor(object):
    def setupUi(self, entry_editor):
        if not entry_editor.objectName():
            entry_editor.setObjectName(u"entry_editor")
        entry_editor.resize(440, 900)
        entry_editor.setMinimumSize(QSize(340, 0))
        entry_editor.setStyleSheet(u"#editor_contents, #editor_scroll_area {\n"
"  background-color: #ffffff;\n"
"}\n"
"#title_label {\n"
"  color: #1f2d3d;\n"
"}\n"
"#status_label, #when_understood_label {\n"
"  color: #4a5a6a;\n"
"}\n"
"#when_understood_label[error=\"true\"] {\n"
"  color: #b00020;\n"
"}\n"
"#what_label, #behaviours_label, #source_label_heading, #people_heading_label, #exhibits_heading_label {\n"
"  color: #1f3a5f;\n"
"  font-weight: bold;\n"
"  padding-top: 6px;\n"
"}\n"
"QGroupBox {\n"
"  color: #4a5a6a;\n"
"}")
        self.editor_layout = QVBoxLayout(entry_editor)
        self.editor_layout.setSpacing(4)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(entry_editor)
        self.title_label.setObjectName(u"title_label")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.title_label.setFont(font)

        self.editor_layout.addWidget(self.title_label)

        self.status_label = QLabel(entry_editor)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.editor_layout.addWidget(self.status_label)

        self.editor_scroll_area = QScrollArea(entry_editor)
        self.editor_scroll_area.setObjectName(u"editor_scroll_area")
        self.editor_scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll_area.setWidgetResizable(True)
        self.editor_contents = QWidget()
        self.editor_contents.setObjectName(u"editor_contents")
        self.editor_contents.setGeometry(QRect(0, 0, 440, 850))
        self.contents_layout = QVBoxLayout(self.editor_contents)
        self.contents_layout.setSpacing(6)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(8, -1, 8, -1)
        self.what_label = QLabel(self.editor_contents)
        self.what_label.setObjectName(u"what_label")

        self.contents_layout.addWidget(self.what_label)

        self.what_form = QFormLayout()
        self.what_form.setObjectName(u"what_form")
        self.what_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when_label = QLabel(self.editor_contents)
        self.when_label.setObjectName(u"when_label")

        self.what_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when_edit = QLineEdit(self.editor_contents)
        self.when_edit.setObjectName(u"when_edit")

        self.what_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when_edit)

        self.when_understood_label = QLabel(self.editor_contents)
        self.when_understood_label.setObjectName(u"when_understood_label")
        self.when_understood_label.setText(u"")
        self.when_understood_label.setWordWrap(True)

        self.what_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.when_understood_label)

        self.summary_label = QLabel(self.editor_contents)
        self.summary_label.setObjectName(u"summary_label")

        self.what_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QLineEdit(self.editor_contents)
        self.summary_edit.setObjectName(u"summary_edit")

        self.what_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.account_label = QLabel(self.editor_contents)
        self.account_label.setObjectName(u"account_label")

        self.what_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.account_label)

        self.account_edit = QPlainTextEdit(self.editor_contents)
        self.account_edit.setObjectName(u"account_edit")
        self.account_edit.setMinimumSize(QSize(0, 110))
        self.account_edit.setTabChangesFocus(True)

        self.what_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.account_edit)

        self.location_label = QLabel(self.editor_contents)
        self.location_label.setObjectName(u"location_label")

        self.what_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.editor_contents)
        self.location_edit.setObjectName(u"location_edit")

        self.what_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.channel_label = QLabel(self.editor_contents)
        self.channel_label.setObjectName(u"channel_label")

        self.what_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.editor_contents)
        self.channel_combo.setObjectName(u"channel_combo")

        self.what_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channel_combo)


        self.contents_layout.addLayout(self.what_form)

        self.behaviours_label = QLabel(self.editor_contents)
        self.behaviours_label.setObjectName(u"behaviours_label")

        self.contents_layout.addWidget(self.behaviours_label)

        self.s2a_group = QGroupBox(self.editor_contents)
        self.s2a_group.setObjectName(u"s2a_group")
        self.s2a_layout = QGridLayout(self.s2a_group)
        self.s2a_layout.setObjectName(u"s2a_layout")
        self.s2a_layout.setHorizontalSpacing(12)
        self.s2a_layout.setVerticalSpacing(2)

        self.contents_layout.addWidget(self.s2a_group)

        self.other_behaviours_group = QGroupBox(self.editor_contents)
        self.other_behaviours_group.setObjectName(u"other_behaviours_group")
        self.other_behaviours_layout = QGridLayout(self.other_behaviours_group)
        self.other_behaviours_layout.setObjectName(u"other_behaviours_layout")
        self.other_behaviours_layout.setHorizontalSpacing(12)
        self.other_behaviours_layout.setVerticalSpacing(2)

        self.contents_layout.addWidget(self.other_behaviours_group)

        self.source_label_heading = QLabel(self.editor_contents)
        self.source_label_heading.setObjectName(u"source_label_heading")

        self.contents_layout.addWidget(self.source_label_heading)

        self.source_form = QFormLayout()
        self.source_form.setObjectName(u"source_form")
        self.source_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_label = QLabel(self.editor_contents)
        self.source_label.setObjectName(u"source_label")

        self.source_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(self.editor_contents)
        self.source_combo.setObjectName(u"source_combo")

        self.source_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.source_reference_label = QLabel(self.editor_contents)
        self.source_reference_label.setObjectName(u"source_reference_label")

        self.source_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.source_reference_label)

        self.source_reference_edit = QLineEdit(self.editor_contents)
        self.source_reference_edit.setObjectName(u"source_reference_edit")

        self.source_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_reference_edit)

        self.reported_label = QLabel(self.editor_contents)
        self.reported_label.setObjectName(u"reported_label")

        self.source_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reported_label)

        self.reported_date_edit = QDateEdit(self.editor_contents)
        self.reported_date_edit.setObjectName(u"reported_date_edit")
        self.reported_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.reported_date_edit.setCalendarPopup(True)

        self.source_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reported_date_edit)

        self.evidential_label = QLabel(self.editor_contents)
        self.evidential_label.setObjectName(u"evidential_label")

        self.source_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidential_label)

        self.evidential_combo = QComboBox(self.editor_contents)
        self.evidential_combo.setObjectName(u"evidential_combo")

        self.source_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidential_combo)

        self.disclosure_label = QLabel(self.editor_contents)
        self.disclosure_label.setObjectName(u"disclosure_label")

        self.source_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.disclosure_label)

        self.disclosure_combo = QComboBox(self.editor_contents)
        self.disclosure_combo.setObjectName(u"disclosure_combo")

        self.source_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.disclosure_combo)

        self.disclosure_reason_label = QLabel(self.editor_contents)
        self.disclosure_reason_label.setObjectName(u"disclosure_reason_label")

        self.source_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.disclosure_reason_label)

        self.disclosure_reason_edit = QLineEdit(self.editor_contents)
        self.disclosure_reason_edit.setObjectName(u"disclosure_reason_edit")

        self.source_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.disclosure_reason_edit)


        self.contents_layout.addLayout(self.source_form)

        self.people_heading_label = QLabel(self.editor_contents)
        self.people_heading_label.setObjectName(u"people_heading_label")

        self.contents_layout.addWidget(self.people_heading_label)

        self.people_layout = QHBoxLayout()
        self.people_layout.setObjectName(u"people_layout")
        self.involved_layout = QVBoxLayout()
        self.involved_layout.setObjectName(u"involved_layout")
        self.people_label = QLabel(self.editor_contents)
        self.people_label.setObjectName(u"people_label")

        self.involved_layout.addWidget(self.people_label)

        self.people_list = QListView(self.editor_contents)
        self.people_list.setObjectName(u"people_list")
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.involved_layout.addWidget(self.people_list)


        self.people_layout.addLayout(self.involved_layout)

        self.witnesses_layout = QVBoxLayout()
        self.witnesses_layout.setObjectName(u"witnesses_layout")
        self.witnesses_label = QLabel(self.editor_contents)
        self.witnesses_label.setObjectName(u"witnesses_label")

        self.witnesses_layout.addWidget(self.witnesses_label)

        self.witnesses_list = QListView(self.editor_contents)
        self.witnesses_list.setObjectName(u"witnesses_list")
        self.witnesses_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.witnesses_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.witnesses_layout.addWidget(self.witnesses_list)


        self.people_layout.addLayout(self.witnesses_layout)


        self.contents_layout.addLayout(self.people_layout)

        self.exhibits_heading_label = QLabel(self.editor_contents)
        self.exhibits_heading_label.setObjectName(u"exhibits_heading_label")

        self.contents_layout.addWidget(self.exhibits_heading_label)

        self.exhibits_table = QTableView(self.editor_contents)
        self.exhibits_table.setObjectName(u"exhibits_table")
        self.exhibits_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exhibits_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.exhibits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exhibits_table.setShowGrid(False)
        self.exhibits_table.setWordWrap(False)
        self.exhibits_table.horizontalHeader().setHighlightSections(False)
        self.exhibits_table.horizontalHeader().setStretchLastSection(False)
        self.exhibits_table.verticalHeader().setVisible(False)

        self.contents_layout.addWidget(self.exhibits_table)

        self.contents_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.contents_spacer)

        self.editor_scroll_area.setWidget(self.editor_contents)

        self.editor_layout.addWidget(self.editor_scroll_area)

#if QT_CONFIG(shortcut)
        self.when_label.setBuddy(self.when_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.account_label.setBuddy(self.account_edit)
        self.location_label.setBuddy(self.location_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.source_label.setBuddy(self.source_combo)
        self.source_reference_label.setBuddy(self.source_reference_edit)
        self.reported_label.setBuddy(self.reported_date_edit)
        self.evidential_label.setBuddy(self.evidential_combo)
        self.disclosure_label.setBuddy(self.disclosure_combo)
        self.disclosure_reason_label.setBuddy(self.disclosure_reason_edit)
        self.people_label.setBuddy(self.people_list)
        self.witnesses_label.setBuddy(self.witnesses_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.when_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.account_edit)
        QWidget.setTabOrder(self.account_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.source_combo)
        QWidget.setTabOrder(self.source_combo, self.source_reference_edit)
        QWidget.setTabOrder(self.source_reference_edit, self.reported_date_edit)
        QWidget.setTabOrder(self.reported_date_edit, self.evidential_combo)
        QWidget.setTabOrder(self.evidential_combo, self.disclosure_combo)
        QWidget.setTabOrder(self.disclosure_combo, self.disclosure_reason_edit)
        QWidget.setTabOrder(self.disclosure_reason_edit, self.people_list)
        QWidget.setTabOrder(self.people_list, self.witnesses_list)
        QWidget.setTabOrder(self.witnesses_list, self.exhibits_table)

        self.retranslateUi(entry_editor)

        QMetaObject.connectSlotsByName(entry_editor)
    # setupUi

    def retranslateUi(self, entry_editor):
        self.title_label.setText(QCoreApplication.translate("EntryEditor", u"No entry selected", None))
        self.status_label.setText(QCoreApplication.translate("EntryEditor", u"Select an entry to see it here, or press Ctrl+N to add one.", None))
        self.what_label.setText(QCoreApplication.translate("EntryEditor", u"What happened", None))
        self.when_label.setText(QCoreApplication.translate("EntryEditor", u"&When", None))
#if QT_CONFIG(accessibility)
        self.when_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.when_edit.setToolTip(QCoreApplication.translate("EntryEditor", u"As precisely as known: 03/03/2024 21:15, 3/3/24, 03/2024, \"early March 2024\", 03/03/2024 21:02\u201321:58. UK time.", None))
#endif // QT_CONFIG(tooltip)
        self.when_edit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"03/03/2024 21:15, 03/2024 or early March 2024", None))
#if QT_CONFIG(accessibility)
        self.when_understood_label.setAccessibleName(QCoreApplication.translate("EntryEditor", u"How the date was understood", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("EntryEditor", u"S&ummary", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"One line, as it will read in the chronology", None))
        self.account_label.setText(QCoreApplication.translate("EntryEditor", u"&Account", None))
#if QT_CONFIG(accessibility)
        self.account_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Account", None))
#endif // QT_CONFIG(accessibility)
        self.account_edit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"What happened, in the words of the account", None))
        self.location_label.setText(QCoreApplication.translate("EntryEditor", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Where it happened", None))
        self.channel_label.setText(QCoreApplication.translate("EntryEditor", u"C&hannel", None))
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.behaviours_label.setText(QCoreApplication.translate("EntryEditor", u"Behaviours", None))
        self.s2a_group.setTitle(QCoreApplication.translate("EntryEditor", u"Stalking behaviours, PHA 1997 s.2A(3)", None))
        self.other_behaviours_group.setTitle(QCoreApplication.translate("EntryEditor", u"Other behaviours", None))
        self.source_label_heading.setText(QCoreApplication.translate("EntryEditor", u"Source and evidence", None))
        self.source_label.setText(QCoreApplication.translate("EntryEditor", u"&Source", None))
#if QT_CONFIG(accessibility)
        self.source_combo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.source_reference_label.setText(QCoreApplication.translate("EntryEditor", u"&Reference", None))
#if QT_CONFIG(accessibility)
        self.source_reference_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Source reference", None))
#endif // QT_CONFIG(accessibility)
        self.source_reference_edit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Incident number, statement, message id\u2026", None))
        self.reported_label.setText(QCoreApplication.translate("EntryEditor", u"R&eported", None))
#if QT_CONFIG(accessibility)
        self.reported_date_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Date reported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reported_date_edit.setToolTip(QCoreApplication.translate("EntryEditor", u"When it was reported or recorded, which is not when it happened", None))
#endif // QT_CONFIG(tooltip)
        self.reported_date_edit.setSpecialValueText(QCoreApplication.translate("EntryEditor", u"not recorded", None))
        self.evidential_label.setText(QCoreApplication.translate("EntryEditor", u"E&vidential status", None))
#if QT_CONFIG(accessibility)
        self.evidential_combo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Evidential status", None))
#endif // QT_CONFIG(accessibility)
        self.disclosure_label.setText(QCoreApplication.translate("EntryEditor", u"&Disclosure", None))
#if QT_CONFIG(accessibility)
        self.disclosure_combo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Disclosure status", None))
#endif // QT_CONFIG(accessibility)
        self.disclosure_reason_label.setText(QCoreApplication.translate("EntryEditor", u"Reason sens&itive", None))
#if QT_CONFIG(tooltip)
        self.disclosure_reason_edit.setToolTip(QCoreApplication.translate("EntryEditor", u"Why this entry is sensitive: printed on the sensitive schedule (MG6D). Only for entries marked unused sensitive.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.disclosure_reason_edit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Reason sensitive", None))
#endif // QT_CONFIG(accessibility)
        self.disclosure_reason_edit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Why it is sensitive, for the MG6D", None))
        self.people_heading_label.setText(QCoreApplication.translate("EntryEditor", u"People", None))
        self.people_label.setText(QCoreApplication.translate("EntryEditor", u"Involved", None))
#if QT_CONFIG(accessibility)
        self.people_list.setAccessibleName(QCoreApplication.translate("EntryEditor", u"People involved", None))
#endif // QT_CONFIG(accessibility)
        self.witnesses_label.setText(QCoreApplication.translate("EntryEditor", u"Witnesses", None))
#if QT_CONFIG(accessibility)
        self.witnesses_list.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Witnesses", None))
#endif // QT_CONFIG(accessibility)
        self.exhibits_heading_label.setText(QCoreApplication.translate("EntryEditor", u"Linked exhibits", None))
#if QT_CONFIG(accessibility)
        self.exhibits_table.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Linked exhibits", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.exhibits_table.setToolTip(QCoreApplication.translate("EntryEditor", u"Tick the exhibits that prove this entry; double-click \"Where in it\" to say where (e.g. messages 3-7).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

