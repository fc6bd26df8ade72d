# Generated from ui/analysis/offences_page.ui by `make ui`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offences_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTreeView, QVBoxLayout, QWidget)

class Ui_OffencesPage(object):
    def setupUi(self, offences_page):
        if not offences_page.objectName():
            offences_page.setObjectName(u"offences_page")
        offences_page.resize(1200, 720)
        self.offences_layout = QHBoxLayout(offences_page)
        self.offences_layout.setObjectName(u"offences_layout")
        self.offences_layout.setContentsMargins(12, 12, 12, 12)
        self.offences_splitter = QSplitter(offences_page)
        self.offences_splitter.setObjectName(u"offences_splitter")
        self.offences_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.offences_splitter.setChildrenCollapsible(False)
        self.left_panel = QWidget(self.offences_splitter)
        self.left_panel.setObjectName(u"left_panel")
        self.left_layout = QVBoxLayout(self.left_panel)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 6, 0)
        self.offences_hint_label = QLabel(self.left_panel)
        self.offences_hint_label.setObjectName(u"offences_hint_label")
        self.offences_hint_label.setWordWrap(True)

        self.left_layout.addWidget(self.offences_hint_label)

        self.offences_tree = QTreeView(self.left_panel)
        self.offences_tree.setObjectName(u"offences_tree")
        self.offences_tree.setAlternatingRowColors(False)
        self.offences_tree.setUniformRowHeights(True)
        self.offences_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.left_layout.addWidget(self.offences_tree)

        self.checks_group = QGroupBox(self.left_panel)
        self.checks_group.setObjectName(u"checks_group")
        self.checks_layout = QVBoxLayout(self.checks_group)
        self.checks_layout.setObjectName(u"checks_layout")
        self.course_label = QLabel(self.checks_group)
        self.course_label.setObjectName(u"course_label")
        self.course_label.setWordWrap(True)

        self.checks_layout.addWidget(self.course_label)

        self.fear_label = QLabel(self.checks_group)
        self.fear_label.setObjectName(u"fear_label")
        self.fear_label.setWordWrap(True)

        self.checks_layout.addWidget(self.fear_label)

        self.behaviours_table = QTableView(self.checks_group)
        self.behaviours_table.setObjectName(u"behaviours_table")
        self.behaviours_table.setAlternatingRowColors(True)
        self.behaviours_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.checks_layout.addWidget(self.behaviours_table)


        self.left_layout.addWidget(self.checks_group)

        self.offences_splitter.addWidget(self.left_panel)
        self.point_panel = QWidget(self.offences_splitter)
        self.point_panel.setObjectName(u"point_panel")
        self.point_layout = QVBoxLayout(self.point_panel)
        self.point_layout.setSpacing(6)
        self.point_layout.setObjectName(u"point_layout")
        self.point_layout.setContentsMargins(10, 0, 0, 0)
        self.point_title_layout = QHBoxLayout()
        self.point_title_layout.setObjectName(u"point_title_layout")
        self.point_title_label = QLabel(self.point_panel)
        self.point_title_label.setObjectName(u"point_title_label")

        self.point_title_layout.addWidget(self.point_title_label)

        self.status_label = QLabel(self.point_panel)
        self.status_label.setObjectName(u"status_label")

        self.point_title_layout.addWidget(self.status_label)

        self.point_title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.point_title_layout.addItem(self.point_title_spacer)

        self.point_title_layout.setStretch(2, 1)

        self.point_layout.addLayout(self.point_title_layout)

        self.source_label = QLabel(self.point_panel)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.point_layout.addWidget(self.source_label)

        self.wording_label = QLabel(self.point_panel)
        self.wording_label.setObjectName(u"wording_label")
        self.wording_label.setWordWrap(True)
        self.wording_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.point_layout.addWidget(self.wording_label)

        self.reasons_label = QLabel(self.point_panel)
        self.reasons_label.setObjectName(u"reasons_label")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.point_layout.addWidget(self.reasons_label)

        self.links_group = QGroupBox(self.point_panel)
        self.links_group.setObjectName(u"links_group")
        self.links_layout = QVBoxLayout(self.links_group)
        self.links_layout.setObjectName(u"links_layout")
        self.links_table = QTableView(self.links_group)
        self.links_table.setObjectName(u"links_table")
        self.links_table.setAlternatingRowColors(True)
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)

        self.links_layout.addWidget(self.links_table)

        self.link_bar_layout = QHBoxLayout()
        self.link_bar_layout.setObjectName(u"link_bar_layout")
        self.link_edit = QLineEdit(self.links_group)
        self.link_edit.setObjectName(u"link_edit")

        self.link_bar_layout.addWidget(self.link_edit)

        self.link_button = QPushButton(self.links_group)
        self.link_button.setObjectName(u"link_button")
        self.link_button.setAutoDefault(False)

        self.link_bar_layout.addWidget(self.link_button)

        self.link_selection_button = QPushButton(self.links_group)
        self.link_selection_button.setObjectName(u"link_selection_button")
        self.link_selection_button.setAutoDefault(False)

        self.link_bar_layout.addWidget(self.link_selection_button)

        self.unlink_button = QPushButton(self.links_group)
        self.unlink_button.setObjectName(u"unlink_button")
        self.unlink_button.setAutoDefault(False)

        self.link_bar_layout.addWidget(self.unlink_button)


        self.links_layout.addLayout(self.link_bar_layout)

        self.links_hint_label = QLabel(self.links_group)
        self.links_hint_label.setObjectName(u"links_hint_label")

        self.links_layout.addWidget(self.links_hint_label)

        self.message_label = QLabel(self.links_group)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.links_layout.addWidget(self.message_label)


        self.point_layout.addWidget(self.links_group)

        self.offences_splitter.addWidget(self.point_panel)

        self.offences_layout.addWidget(self.offences_splitter)


        self.retranslateUi(offences_page)

        QMetaObject.connectSlotsByName(offences_page)
    # setupUi

    def retranslateUi(self, offences_page):
        self.offences_hint_label.setText(QCoreApplication.translate("OffencesPage", u"Each offence the case proposes, then the grounds for a Stalking Protection Order. \"Proved\" means every point has support in the file, not that a court would find it proved.", None))
        self.offences_hint_label.setProperty(u"role", QCoreApplication.translate("OffencesPage", u"hint", None))
        self.checks_group.setTitle(QCoreApplication.translate("OffencesPage", u"Counted from the chronology (entries used as evidence)", None))
        self.point_title_label.setProperty(u"role", QCoreApplication.translate("OffencesPage", u"heading", None))
        self.source_label.setProperty(u"role", QCoreApplication.translate("OffencesPage", u"hint", None))
        self.links_group.setTitle(QCoreApplication.translate("OffencesPage", u"Supporting items and exhibits", None))
#if QT_CONFIG(tooltip)
        self.link_edit.setToolTip(QCoreApplication.translate("OffencesPage", u"Chronology item numbers and exhibit references, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.link_edit.setPlaceholderText(QCoreApplication.translate("OffencesPage", u"Items or exhibits to link, e.g. 14, 16-18, AF/2", None))
        self.link_button.setText(QCoreApplication.translate("OffencesPage", u"&Link", None))
#if QT_CONFIG(tooltip)
        self.link_selection_button.setToolTip(QCoreApplication.translate("OffencesPage", u"Link the entries selected in the Chronology tab", None))
#endif // QT_CONFIG(tooltip)
        self.link_selection_button.setText(QCoreApplication.translate("OffencesPage", u"Link chronology selection", None))
        self.unlink_button.setText(QCoreApplication.translate("OffencesPage", u"&Unlink", None))
        self.links_hint_label.setText(QCoreApplication.translate("OffencesPage", u"Double-click a note to say what the item shows. Changes are saved as you make them.", None))
        self.links_hint_label.setProperty(u"role", QCoreApplication.translate("OffencesPage", u"hint", None))
        self.message_label.setProperty(u"role", QCoreApplication.translate("OffencesPage", u"error", None))
        pass
    # retranslateUi

