# Generated from ui/analysis/spo_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spo_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QTreeView, QVBoxLayout, QWidget)

class Ui_SpoPage(object):
    def setupUi(self, spo_page):
        if not spo_page.objectName():
            spo_page.setObjectName(u"spo_page")
        spo_page.resize(1200, 760)
        self.spo_layout = QVBoxLayout(spo_page)
        self.spo_layout.setObjectName(u"spo_layout")
        self.spo_layout.setContentsMargins(12, 12, 12, 12)
        self.spo_header_layout = QHBoxLayout()
        self.spo_header_layout.setObjectName(u"spo_header_layout")
        self.summary_label = QLabel(spo_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.spo_header_layout.addWidget(self.summary_label)

        self.preview_button = QPushButton(spo_page)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(False)

        self.spo_header_layout.addWidget(self.preview_button)

        self.spo_header_layout.setStretch(0, 1)

        self.spo_layout.addLayout(self.spo_header_layout)

        self.spo_splitter = QSplitter(spo_page)
        self.spo_splitter.setObjectName(u"spo_splitter")
        self.spo_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.spo_splitter.setChildrenCollapsible(False)
        self.left_panel = QWidget(self.spo_splitter)
        self.left_panel.setObjectName(u"left_panel")
        self.left_layout = QVBoxLayout(self.left_panel)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 6, 0)
        self.grounds_group = QGroupBox(self.left_panel)
        self.grounds_group.setObjectName(u"grounds_group")
        self.grounds_layout = QVBoxLayout(self.grounds_group)
        self.grounds_layout.setObjectName(u"grounds_layout")
        self.grounds_hint_label = QLabel(self.grounds_group)
        self.grounds_hint_label.setObjectName(u"grounds_hint_label")
        self.grounds_hint_label.setWordWrap(True)

        self.grounds_layout.addWidget(self.grounds_hint_label)

        self.grounds_tree = QTreeView(self.grounds_group)
        self.grounds_tree.setObjectName(u"grounds_tree")
        self.grounds_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grounds_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grounds_tree.setWordWrap(True)
        self.grounds_tree.setUniformRowHeights(False)

        self.grounds_layout.addWidget(self.grounds_tree)

        self.grounds_buttons_layout = QHBoxLayout()
        self.grounds_buttons_layout.setObjectName(u"grounds_buttons_layout")
        self.grounds_state_label = QLabel(self.grounds_group)
        self.grounds_state_label.setObjectName(u"grounds_state_label")

        self.grounds_buttons_layout.addWidget(self.grounds_state_label)

        self.grounds_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grounds_buttons_layout.addItem(self.grounds_spacer)

        self.points_button = QPushButton(self.grounds_group)
        self.points_button.setObjectName(u"points_button")
        self.points_button.setAutoDefault(False)

        self.grounds_buttons_layout.addWidget(self.points_button)


        self.grounds_layout.addLayout(self.grounds_buttons_layout)

        self.grounds_layout.setStretch(1, 1)

        self.left_layout.addWidget(self.grounds_group)

        self.duration_group = QGroupBox(self.left_panel)
        self.duration_group.setObjectName(u"duration_group")
        self.duration_layout = QGridLayout(self.duration_group)
        self.duration_layout.setObjectName(u"duration_layout")
        self.fixed_radio = QRadioButton(self.duration_group)
        self.fixed_radio.setObjectName(u"fixed_radio")

        self.duration_layout.addWidget(self.fixed_radio, 0, 0, 1, 1)

        self.years_spin = QSpinBox(self.duration_group)
        self.years_spin.setObjectName(u"years_spin")
        self.years_spin.setMinimum(2)
        self.years_spin.setMaximum(99)
        self.years_spin.setValue(2)
        self.years_spin.setKeyboardTracking(False)

        self.duration_layout.addWidget(self.years_spin, 0, 1, 1, 1)

        self.further_radio = QRadioButton(self.duration_group)
        self.further_radio.setObjectName(u"further_radio")

        self.duration_layout.addWidget(self.further_radio, 1, 0, 1, 3)

        self.duration_hint_label = QLabel(self.duration_group)
        self.duration_hint_label.setObjectName(u"duration_hint_label")
        self.duration_hint_label.setWordWrap(True)

        self.duration_layout.addWidget(self.duration_hint_label, 2, 0, 1, 3)

        self.duration_layout.setColumnStretch(2, 1)

        self.left_layout.addWidget(self.duration_group)

        self.interim_group = QGroupBox(self.left_panel)
        self.interim_group.setObjectName(u"interim_group")
        self.interim_layout = QVBoxLayout(self.interim_group)
        self.interim_layout.setObjectName(u"interim_layout")
        self.interim_check = QCheckBox(self.interim_group)
        self.interim_check.setObjectName(u"interim_check")

        self.interim_layout.addWidget(self.interim_check)

        self.reasons_edit = QPlainTextEdit(self.interim_group)
        self.reasons_edit.setObjectName(u"reasons_edit")
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setMaximumSize(QSize(16777215, 110))

        self.interim_layout.addWidget(self.reasons_edit)

        self.interim_state_label = QLabel(self.interim_group)
        self.interim_state_label.setObjectName(u"interim_state_label")
        self.interim_state_label.setWordWrap(True)

        self.interim_layout.addWidget(self.interim_state_label)


        self.left_layout.addWidget(self.interim_group)

        self.left_layout.setStretch(0, 1)
        self.spo_splitter.addWidget(self.left_panel)
        self.terms_panel = QWidget(self.spo_splitter)
        self.terms_panel.setObjectName(u"terms_panel")
        self.terms_layout = QVBoxLayout(self.terms_panel)
        self.terms_layout.setObjectName(u"terms_layout")
        self.terms_layout.setContentsMargins(6, 0, 0, 0)
        self.prohibition_group = QGroupBox(self.terms_panel)
        self.prohibition_group.setObjectName(u"prohibition_group")
        self.prohibition_layout = QVBoxLayout(self.prohibition_group)
        self.prohibition_layout.setObjectName(u"prohibition_layout")
        self.prohibition_hint_label = QLabel(self.prohibition_group)
        self.prohibition_hint_label.setObjectName(u"prohibition_hint_label")
        self.prohibition_hint_label.setWordWrap(True)

        self.prohibition_layout.addWidget(self.prohibition_hint_label)

        self.prohibition_table = QTableView(self.prohibition_group)
        self.prohibition_table.setObjectName(u"prohibition_table")
        self.prohibition_table.setAlternatingRowColors(True)
        self.prohibition_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prohibition_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prohibition_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.prohibition_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.prohibition_table.setWordWrap(True)

        self.prohibition_layout.addWidget(self.prohibition_table)

        self.prohibition_buttons_layout = QHBoxLayout()
        self.prohibition_buttons_layout.setObjectName(u"prohibition_buttons_layout")
        self.prohibition_common_button = QPushButton(self.prohibition_group)
        self.prohibition_common_button.setObjectName(u"prohibition_common_button")
        self.prohibition_common_button.setAutoDefault(False)

        self.prohibition_buttons_layout.addWidget(self.prohibition_common_button)

        self.prohibition_own_button = QPushButton(self.prohibition_group)
        self.prohibition_own_button.setObjectName(u"prohibition_own_button")
        self.prohibition_own_button.setAutoDefault(False)

        self.prohibition_buttons_layout.addWidget(self.prohibition_own_button)

        self.prohibition_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.prohibition_buttons_layout.addItem(self.prohibition_buttons_spacer)

        self.prohibition_edit_button = QPushButton(self.prohibition_group)
        self.prohibition_edit_button.setObjectName(u"prohibition_edit_button")
        self.prohibition_edit_button.setAutoDefault(False)

        self.prohibition_buttons_layout.addWidget(self.prohibition_edit_button)

        self.prohibition_up_button = QPushButton(self.prohibition_group)
        self.prohibition_up_button.setObjectName(u"prohibition_up_button")
        self.prohibition_up_button.setAutoDefault(False)

        self.prohibition_buttons_layout.addWidget(self.prohibition_up_button)

        self.prohibition_down_button = QPushButton(self.prohibition_group)
        self.prohibition_down_button.setObjectName(u"prohibition_down_button")
        self.prohibition_down_button.setAutoDefault(False)

        self.prohibition_buttons_layout.addWidget(self.prohibition_down_button)

        self.prohibition_remove_button = QPushButton(self.prohibition_group)
        self.prohibition_remove_button.setObjectName(u"prohibition_remove_button")
        self.prohibition_remove_button.setAutoDefault(False)

        self.prohibition_buttons_layout.addWidget(self.prohibition_remove_button)


        self.prohibition_layout.addLayout(self.prohibition_buttons_layout)

        self.prohibition_layout.setStretch(1, 1)

        self.terms_layout.addWidget(self.prohibition_group)

        self.requirement_group = QGroupBox(self.terms_panel)
        self.requirement_group.setObjectName(u"requirement_group")
        self.requirement_layout = QVBoxLayout(self.requirement_group)
        self.requirement_layout.setObjectName(u"requirement_layout")
        self.requirement_hint_label = QLabel(self.requirement_group)
        self.requirement_hint_label.setObjectName(u"requirement_hint_label")
        self.requirement_hint_label.setWordWrap(True)

        self.requirement_layout.addWidget(self.requirement_hint_label)

        self.requirement_table = QTableView(self.requirement_group)
        self.requirement_table.setObjectName(u"requirement_table")
        self.requirement_table.setAlternatingRowColors(True)
        self.requirement_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requirement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requirement_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.requirement_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.requirement_table.setWordWrap(True)

        self.requirement_layout.addWidget(self.requirement_table)

        self.requirement_buttons_layout = QHBoxLayout()
        self.requirement_buttons_layout.setObjectName(u"requirement_buttons_layout")
        self.requirement_common_button = QPushButton(self.requirement_group)
        self.requirement_common_button.setObjectName(u"requirement_common_button")
        self.requirement_common_button.setAutoDefault(False)

        self.requirement_buttons_layout.addWidget(self.requirement_common_button)

        self.requirement_own_button = QPushButton(self.requirement_group)
        self.requirement_own_button.setObjectName(u"requirement_own_button")
        self.requirement_own_button.setAutoDefault(False)

        self.requirement_buttons_layout.addWidget(self.requirement_own_button)

        self.requirement_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requirement_buttons_layout.addItem(self.requirement_buttons_spacer)

        self.requirement_edit_button = QPushButton(self.requirement_group)
        self.requirement_edit_button.setObjectName(u"requirement_edit_button")
        self.requirement_edit_button.setAutoDefault(False)

        self.requirement_buttons_layout.addWidget(self.requirement_edit_button)

        self.requirement_up_button = QPushButton(self.requirement_group)
        self.requirement_up_button.setObjectName(u"requirement_up_button")
        self.requirement_up_button.setAutoDefault(False)

        self.requirement_buttons_layout.addWidget(self.requirement_up_button)

        self.requirement_down_button = QPushButton(self.requirement_group)
        self.requirement_down_button.setObjectName(u"requirement_down_button")
        self.requirement_down_button.setAutoDefault(False)

        self.requirement_buttons_layout.addWidget(self.requirement_down_button)

        self.requirement_remove_button = QPushButton(self.requirement_group)
        self.requirement_remove_button.setObjectName(u"requirement_remove_button")
        self.requirement_remove_button.setAutoDefault(False)

        self.requirement_buttons_layout.addWidget(self.requirement_remove_button)


        self.requirement_layout.addLayout(self.requirement_buttons_layout)

        self.requirement_layout.setStretch(1, 1)

        self.terms_layout.addWidget(self.requirement_group)

        self.terms_message_label = QLabel(self.terms_panel)
        self.terms_message_label.setObjectName(u"terms_message_label")
        self.terms_message_label.setWordWrap(True)

        self.terms_layout.addWidget(self.terms_message_label)

        self.terms_layout.setStretch(0, 3)
        self.terms_layout.setStretch(1, 2)
        self.spo_splitter.addWidget(self.terms_panel)

        self.spo_layout.addWidget(self.spo_splitter)

        self.spo_layout.setStretch(1, 1)

        self.retranslateUi(spo_page)

        QMetaObject.connectSlotsByName(spo_page)
    # setupUi

    def retranslateUi(self, spo_page):
        self.summary_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"banner", None))
        self.preview_button.setText(QCoreApplication.translate("SpoPage", u"&Preview the application\u2026", None))
#if QT_CONFIG(tooltip)
        self.preview_button.setToolTip(QCoreApplication.translate("SpoPage", u"Open the Reports dialog on the SPO application pack", None))
#endif // QT_CONFIG(tooltip)
        self.grounds_group.setTitle(QCoreApplication.translate("SpoPage", u"Grounds (SPA 2019 s.1(1))", None))
        self.grounds_hint_label.setText(QCoreApplication.translate("SpoPage", u"The court must be satisfied of all three. Items and exhibits are linked to each ground in Points to prove; this is a summary.", None))
        self.grounds_hint_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
#if QT_CONFIG(accessibility)
        self.grounds_tree.setAccessibleName(QCoreApplication.translate("SpoPage", u"Grounds and linked items", None))
#endif // QT_CONFIG(accessibility)
        self.grounds_state_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
        self.points_button.setText(QCoreApplication.translate("SpoPage", u"Link items in Points to prove\u2026", None))
#if QT_CONFIG(tooltip)
        self.points_button.setToolTip(QCoreApplication.translate("SpoPage", u"Go to Points to prove, on the SPO grounds", None))
#endif // QT_CONFIG(tooltip)
        self.duration_group.setTitle(QCoreApplication.translate("SpoPage", u"How long the order lasts (s.2(4), (5))", None))
        self.fixed_radio.setText(QCoreApplication.translate("SpoPage", u"For a &fixed period of", None))
#if QT_CONFIG(accessibility)
        self.years_spin.setAccessibleName(QCoreApplication.translate("SpoPage", u"Years", None))
#endif // QT_CONFIG(accessibility)
        self.years_spin.setSuffix(QCoreApplication.translate("SpoPage", u" years", None))
        self.further_radio.setText(QCoreApplication.translate("SpoPage", u"&Until a further order", None))
        self.duration_hint_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
        self.interim_group.setTitle(QCoreApplication.translate("SpoPage", u"Interim order (s.5)", None))
        self.interim_check.setText(QCoreApplication.translate("SpoPage", u"Ask for an &interim order until the application is decided", None))
#if QT_CONFIG(accessibility)
        self.reasons_edit.setAccessibleName(QCoreApplication.translate("SpoPage", u"Reasons for an interim order", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_edit.setPlaceholderText(QCoreApplication.translate("SpoPage", u"Why the victim needs protection before the full hearing: escalation, recent threats, conduct after police action\u2026", None))
        self.interim_state_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
        self.prohibition_group.setTitle(QCoreApplication.translate("SpoPage", u"Prohibitions proposed", None))
        self.prohibition_hint_label.setText(QCoreApplication.translate("SpoPage", u"What the defendant must not do, numbered P1, P2\u2026 as printed. Only what is necessary to protect from the risk (s.2(2)), avoiding conflict with work, education, religious beliefs and other orders (s.2(3)).", None))
        self.prohibition_hint_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
#if QT_CONFIG(accessibility)
        self.prohibition_table.setAccessibleName(QCoreApplication.translate("SpoPage", u"Prohibitions proposed", None))
#endif // QT_CONFIG(accessibility)
        self.prohibition_common_button.setText(QCoreApplication.translate("SpoPage", u"Add &common\u2026", None))
#if QT_CONFIG(tooltip)
        self.prohibition_common_button.setToolTip(QCoreApplication.translate("SpoPage", u"Choose one of the common prohibitions, with its wording, and edit it before adding", None))
#endif // QT_CONFIG(tooltip)
        self.prohibition_own_button.setText(QCoreApplication.translate("SpoPage", u"Add &own wording\u2026", None))
#if QT_CONFIG(tooltip)
        self.prohibition_own_button.setToolTip(QCoreApplication.translate("SpoPage", u"Write a prohibition in your own words", None))
#endif // QT_CONFIG(tooltip)
        self.prohibition_edit_button.setText(QCoreApplication.translate("SpoPage", u"Edit", None))
#if QT_CONFIG(tooltip)
        self.prohibition_edit_button.setToolTip(QCoreApplication.translate("SpoPage", u"Edit the chosen term in place (F2 or double-click); Ctrl+Enter or leaving the cell saves it", None))
#endif // QT_CONFIG(tooltip)
        self.prohibition_up_button.setText(QCoreApplication.translate("SpoPage", u"Move up", None))
#if QT_CONFIG(tooltip)
        self.prohibition_up_button.setToolTip(QCoreApplication.translate("SpoPage", u"Move the chosen term up: the numbers follow the order", None))
#endif // QT_CONFIG(tooltip)
        self.prohibition_down_button.setText(QCoreApplication.translate("SpoPage", u"Move down", None))
#if QT_CONFIG(tooltip)
        self.prohibition_down_button.setToolTip(QCoreApplication.translate("SpoPage", u"Move the chosen term down", None))
#endif // QT_CONFIG(tooltip)
        self.prohibition_remove_button.setText(QCoreApplication.translate("SpoPage", u"Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.prohibition_remove_button.setToolTip(QCoreApplication.translate("SpoPage", u"Remove the chosen term (asks first; the audit trail keeps it)", None))
#endif // QT_CONFIG(tooltip)
        self.requirement_group.setTitle(QCoreApplication.translate("SpoPage", u"Requirements proposed", None))
        self.requirement_hint_label.setText(QCoreApplication.translate("SpoPage", u"What the defendant must do, numbered R1, R2\u2026 Name a provider for any programme or assessment.", None))
        self.requirement_hint_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
#if QT_CONFIG(accessibility)
        self.requirement_table.setAccessibleName(QCoreApplication.translate("SpoPage", u"Requirements proposed", None))
#endif // QT_CONFIG(accessibility)
        self.requirement_common_button.setText(QCoreApplication.translate("SpoPage", u"Add co&mmon\u2026", None))
#if QT_CONFIG(tooltip)
        self.requirement_common_button.setToolTip(QCoreApplication.translate("SpoPage", u"Choose one of the common requirements, with its wording, and edit it before adding", None))
#endif // QT_CONFIG(tooltip)
        self.requirement_own_button.setText(QCoreApplication.translate("SpoPage", u"Add o&wn wording\u2026", None))
#if QT_CONFIG(tooltip)
        self.requirement_own_button.setToolTip(QCoreApplication.translate("SpoPage", u"Write a requirement in your own words", None))
#endif // QT_CONFIG(tooltip)
        self.requirement_edit_button.setText(QCoreApplication.translate("SpoPage", u"Edit", None))
#if QT_CONFIG(tooltip)
        self.requirement_edit_button.setToolTip(QCoreApplication.translate("SpoPage", u"Edit the chosen term in place (F2 or double-click); Ctrl+Enter or leaving the cell saves it", None))
#endif // QT_CONFIG(tooltip)
        self.requirement_up_button.setText(QCoreApplication.translate("SpoPage", u"Move up", None))
#if QT_CONFIG(tooltip)
        self.requirement_up_button.setToolTip(QCoreApplication.translate("SpoPage", u"Move the chosen term up: the numbers follow the order", None))
#endif // QT_CONFIG(tooltip)
        self.requirement_down_button.setText(QCoreApplication.translate("SpoPage", u"Move down", None))
#if QT_CONFIG(tooltip)
        self.requirement_down_button.setToolTip(QCoreApplication.translate("SpoPage", u"Move the chosen term down", None))
#endif // QT_CONFIG(tooltip)
        self.requirement_remove_button.setText(QCoreApplication.translate("SpoPage", u"Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.requirement_remove_button.setToolTip(QCoreApplication.translate("SpoPage", u"Remove the chosen term (asks first; the audit trail keeps it)", None))
#endif // QT_CONFIG(tooltip)
        self.terms_message_label.setProperty(u"role", QCoreApplication.translate("SpoPage", u"hint", None))
        pass
    # retranslateUi

